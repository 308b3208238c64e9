# Small things python3 makes that are easy to miss: a str slice with a
# step other than 1 is always a new str, even of one character; s[i] and
# iteration give unicode_char's character (the cached one below 256, else
# a new str), never s itself, while s[0:1] of a one-character s is s; and
# min()/max() look their keywords up by name, making a str of each name.
import tracemalloc

def measure(label, fn):
    tracemalloc.reset_peak()
    before, _ = tracemalloc.get_traced_memory()
    result = fn()
    after, peak = tracemalloc.get_traced_memory()
    print(label, after - before, peak - before)
    return result

tracemalloc.start()
letters = ["x", "yz", "abc"]
for word in letters:
    back = measure("reversed " + word, lambda: word[::-1])
    print(back, back is word, word[0] is word[0:1], word[::-1] is word[::-1])
print(measure("keys", lambda: [w[::-2] for w in letters * 3]))
words = ["pear", "fig", "apple", "kiwi"]
print(measure("max", lambda: max(words)))
print(measure("max key", lambda: max(words, key=len)))
print(measure("min default", lambda: min([], default="none")))
print(measure("min both", lambda: min(words, key=len, default=None)))
print(measure("max key None", lambda: max(words, key=None)))
try:
    max(words, kee=len)
except TypeError as e:
    print(e)
try:
    min(words, key=len, default=1, extra=2)
except TypeError as e:
    print(e)
w = "x"                 # an identifier-like literal: not the cached chr(120)
print(w[0] is w, w[0:1] is w, w[:] is w, w[-1] is w)
print(next(iter(w)) is w, [c for c in w][0] is w, list(w)[0] is w, tuple(w)[0] is w)
print(max(w) is w, min("xy") is w, sorted(w)[0] is w, reversed(w).__next__() is w)
e = "\u00e9"
print(e[0] is e, next(iter(e)) is e, e[0:1] is e)
k = "\u20ac"
print(k[0] is k, k[0] == k, next(iter(k)) is k, k[0:1] is k, k[::-1] is k)
print(measure("euro chars", lambda: [c for c in k * 3]))
