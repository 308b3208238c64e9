# A diamond (D(B, C), both from A) whose classes change after D's
# instances were used: each lookup through D follows the mro D B C A
# object again, finding what the change exposes (C's method once B's is
# deleted, A's once C's is, object's last), for plain methods, class
# attributes and a special method (__repr__, reached through its slot).
class A:
    def who(self):
        return "A"
    level = "A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
    level = "C"
class D(B, C):
    pass
d = D()
print(d.who(), d.level, D.level, [k.__name__ for k in D.__mro__])
del B.who
print(d.who())
del C.who
print(d.who())
B.who = lambda self: "B again"
print(d.who())
del C.level
print(d.level)
A.level = "A2"
print(d.level, D().level)
del A.level
try:
    d.level
except AttributeError as e:
    print("AttributeError:", e)
print(repr(d)[:10])
C.__repr__ = lambda self: "C-repr"
print(repr(d))
B.__repr__ = lambda self: "B-repr"
print(repr(d))
del B.__repr__
print(repr(d))
del C.__repr__
print(repr(d)[:10])
