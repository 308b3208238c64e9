# String interning and identity.
import sys

a = "hello"
b = "hello"
print(a is b)
c = "hello world!"
d = "hello world!"
print(c == d)
e = "".join(["hel", "lo"])
print(e == a, e is a)
f = sys.intern(e)
print(f is a)
g = sys.intern("".join(["hello ", "world?"]))
h = sys.intern("hello world?")
print(g is h)
name = "abc"
print(name is "abc"[:])
x = "py" * 2
print(x, x == "pypy")
words = "the quick brown the lazy the".split()
print(words[0] is words[3], words[0] == words[5])
interned = [sys.intern(w) for w in words]
print(interned[0] is interned[3] is interned[5])
