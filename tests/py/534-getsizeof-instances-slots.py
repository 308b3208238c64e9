# instances with and without __slots__, and subclasses mixing them
import sys
class A:
    pass
class B:
    __slots__ = ("x",)
class C(B):
    pass
class D(B):
    __slots__ = ("y", "z")
class E(A):
    pass
print(sys.getsizeof(A()), sys.getsizeof(B()), sys.getsizeof(C()), sys.getsizeof(D()), sys.getsizeof(E()))
c = C()
c.x = 1
c.other = 2
print(c.x, vars(c))
d = D()
try:
    d.w = 1
except AttributeError as e:
    print("AttributeError:", e)
