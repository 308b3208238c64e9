# sys.intern returns the canonical copy of a string
import sys
a = "".join(["inter", "ned"])
b = "".join(["inter", "ned"])
print(a == b, a is b)  # True False
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia is a, ib is b)  # True False False: the literal below was interned first
lit = "interned"
print(lit is ia)  # True: identifier-like literals are interned at compile time
u = "".join(["unique", "_zq"])
iu = sys.intern(u)
print(iu is u, sys.intern("".join(["unique", "_zq"])) is u)  # True True
c = "".join(["not an ", "identifier!"])
ic = sys.intern(c)
print(ic is c, sys.intern("not an identifier!") is ic)  # True True
print(sys.getrefcount(sys.intern("".join(["zq", "xw", "vu"]))))  # 1: the interned table's references are not counted
v = sys.intern("".join(["zq", "xw", "vu", "2"]))
print(sys.getrefcount(v))  # 2
