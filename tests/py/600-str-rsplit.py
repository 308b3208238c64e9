# str.rsplit as CPython builds it: the pieces are made right to left into a
# list preallocated for min(maxsplit + 1, 12) items, then reversed; a string
# with nothing to split off is its own only piece; a separator longer (or
# wider) than the string gives a one-slot list.  split alongside.
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["", " ", "a b", "  a  b  c  ", "a,b,,c", ",a,", "é,ü,", "x\u2003y z", "a\u3000b"]:
    for sep in [None, ",", " ", "ab", "\u2003"]:
        for m in [-1, 0, 1, 2]:
            a = s.split(sep, m)
            b = s.rsplit(sep, m)
            print(repr(s), repr(sep), m, a, b, sys.getsizeof(a), sys.getsizeof(b),
                  [x is s for x in b])

# maxsplit past the preallocation: the list grows by appends
many = " ".join(["w"] * 15)
print(sys.getsizeof(many.rsplit()), sys.getsizeof(many.rsplit(maxsplit=13)),
      sys.getsizeof(many.rsplit(" ", 3)))

# the pieces are made right to left: the last piece has the lowest address
p = "aa bb cc".rsplit()
q = "aa bb cc".split()
print(id(p[0]) > id(p[2]), id(q[0]) < id(q[2]))

# a string that is its own piece gains a reference
word = "solitary" * 2
before = sys.getrefcount(word)
kept = word.rsplit(",")
print(sys.getrefcount(word) - before, kept[0] is word)

t(lambda: "a".rsplit(""))
t(lambda: "".rsplit(""))
t(lambda: "a".rsplit(1))
t(lambda: "a".rsplit("a", 1, 2))
t(lambda: "a".rsplit(x=1))
t(lambda: "a".split("a", sep="b"))
t(lambda: "a b".rsplit("a", 1, maxsplit=2))
t(lambda: "a".rsplit(maxsplit="x"))
t(lambda: "a".split(maxsplit=1.5))
t(lambda: "a".rsplit(maxsplit=10**30))
t(lambda: "a b c".rsplit(maxsplit=True))
t(lambda: "a b c".rsplit(sep=None, maxsplit=1))
t(lambda: "a b".split(None, 1, 2))
