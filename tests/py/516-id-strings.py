# identity of strings: interned literals, runtime strings, sys.intern
import sys
a = "hello"
b = "hel" + "lo"
c = "".join(["hel", "lo"])
print(a is b, a is c, a == c, sys.intern(c) is a)
d = "hello world!"
e = "hello world!"
print(d is e)
f = "".join(["hello", " world!"])
print(f is d, sys.intern(f) is sys.intern(d))
g = str(5)
print(g is str(5))
