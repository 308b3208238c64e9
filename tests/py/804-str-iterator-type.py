# iter() of a str: unicode_iter makes a str_ascii_iterator for a compact
# ASCII str and a str_iterator for any other; both are 32-byte GC objects
# that give each character in turn.
import sys
for text in ["", "abc", "caf\xe9", "\u20ac1", "\U0001F600", "plain ascii " * 3]:
    it = iter(text)
    print(repr(text[:8]), type(it).__name__, sys.getsizeof(it), list(it) == list(text))
samples = ["x", "\xe9", "\u0394", "\U0001F600"]
kinds = {type(iter(s)).__name__ for s in samples}
print(sorted(kinds))
it = iter("h\xe9llo")
print(next(it), next(it), type(it).__name__, sys.getsizeof(it))
print(type(iter("\xe9")) is type(iter("e")), type(iter("\xe9")) is type(iter("\u20ac")))
print(repr(iter("\xe9"))[:14], repr(iter("e"))[:20])
