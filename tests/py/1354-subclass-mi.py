# float, int, str and tuple among several bases: a mixin beside them (the
# layout the builtin's), python3's lay-out conflicts between two of them or
# with list and dict, a __slots__ class over an int subclass, bool refused
# as a base, a deeper subclass keeping its base's __dict__.
import sys
class Mixin:
    def hello(self):
        return "hi " + str(self)
class A(int, Mixin): pass
class B(Mixin, str): pass
print(A(3).hello(), B("x").hello(), A.__mro__, B.__mro__, sys.getsizeof(A(3)), sys.getsizeof(B("x")))
def make(b1, b2):
    class C(b1, b2):
        pass
    return C
for b1, b2 in [(int, str), (float, list), (tuple, dict), (int, float), (str, tuple), (A, B), (float, Mixin), (Mixin, tuple)]:
    try:
        C = make(b1, b2)
        print("ok", C.__mro__, C.__base__)
    except TypeError as e:
        print("TypeError:", e)
class S(int):
    __slots__ = ()
class M:
    __slots__ = ()
class SM(S, M):
    pass
print(sys.getsizeof(SM(5)), SM(5) + 1)
try:
    class BB(bool): pass
except TypeError as e:
    print(e)
class Deep(A):
    pass
d = Deep(7)
d.q = 1
print(d, d.q, d.hello(), type(d * 2).__name__, sys.getsizeof(d))
