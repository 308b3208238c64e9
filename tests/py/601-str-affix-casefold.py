# removeprefix/removesuffix return the string itself when nothing is removed
# and a slice otherwise (one-character results are the cached singletons);
# casefold, lower and upper always make a new string, even of one character.
import sys

s = "prefix-body"
print(s.removeprefix("prefix-"), s.removesuffix("body"), s.removeprefix("") is s,
      s.removesuffix("zz") is s, s.removeprefix(s) == "", s.removeprefix(s) is "")
one = "ab".removeprefix("a")
print(one, one is chr(98), sys.getsizeof(s.removeprefix("p")), sys.getsizeof("é€x".removesuffix("x")))
before = sys.getrefcount(s)
same = s.removeprefix("nope")
print(sys.getrefcount(s) - before, same is s)

for w in ["", "a", "A", "abc", "ABC", "Straße", "ΣΑΣ", "ﬁle", "İx", "µ", "ŉ", "ǅ"]:
    print(repr(w.casefold()), len(w.casefold()), sys.getsizeof(w.casefold()))
word = "abc"
print(word.casefold() is word, word.lower() is word, "a".upper() is "A",
      "a".lower() is "a", "a".casefold() is "a", "".casefold() is "",
      "A".title() is "A", "a".capitalize() is "A", "A".swapcase() is "a")
print(sys.getsizeof("a".casefold()), sys.getsizeof("é".casefold()), sys.getsizeof("A".lower()))

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: "a".removeprefix())
t(lambda: "a".removeprefix(1))
t(lambda: "a".removeprefix("a", "b"))
t(lambda: "a".removeprefix(prefix="a"))
t(lambda: "a".removesuffix(None))
t(lambda: "a".casefold(1))
t(lambda: "a".lower(1))
t(lambda: "a".upper(x=1))
