#= The small-int cache and string interning: `is` compares identity, `==` compares values
import sys

#: The integers -5 to 256 are created once, at start-up; every use shares them.
a = 256
b = 255 + 1
print("256: a == b", a == b, " a is b", a is b)
#: 257 is outside the cache: arithmetic makes a new object each time.
c = 257
d = 256 + int("1")
print("257: c == d", c == d, " c is d", c is d)

#: Constants in one compiled unit are shared, so two literal 1000s are the same object.
e = 1000
f = 1000
print("two literals 1000 are the same object:", e is f)

#: Strings that look like identifiers are interned at compile time: one object per spelling.
s1 = "heap"
s2 = "heap"
print("'heap' is 'heap':", s1 is s2)
#: A string built at run time is a new object, equal but not identical.
s3 = "".join(["he", "ap"])
print("joined: ==", s1 == s3, " is", s1 is s3)
#: sys.intern returns the one shared copy.
s4 = sys.intern(s3)
print("interned: is", s1 is s4)
#: Single characters are cached too: indexing returns the shared one-character string.
h1 = s1[0]
w = "shape"
h2 = w[1]
print("s1[0] is w[1]:", h1 is h2)
#: Moral: use == for values. `is` is for None, True, False and identity questions.
print("x is None:", e is None)
