# complex() of instances whose class has __float__ or __index__ but no
# __complex__ (complex_new_impl: nb_float or nb_index makes a number,
# PyNumber_Float converts it), as one argument, two, or by keyword; then
# through __complex__ (try_complex_special_method): looked up on the type
# and bound (a bound method, or complex.__complex__'s builtin method for a
# complex first argument with a second one), its result a complex or a
# TypeError; a new complex is made even when __complex__ returns one.
import gc
import sys
import tracemalloc


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class FI:
    def __float__(self):
        return 1.5

    def __index__(self):
        return 9


class OnlyInt:
    def __int__(self):
        return 3


class BadFloat:
    def __float__(self):
        return 1


class BadIndex:
    def __index__(self):
        return 1.0


class Huge:
    def __index__(self):
        return 10 ** 400


class Raises:
    def __float__(self):
        raise ValueError("no float here")


SHARED = 4.25


class Shared:
    def __float__(self):
        return SHARED


f, i, fi = F(), I(), FI()
print(complex(f), complex(i), complex(fi))
print(complex(f, i), complex(i, f), complex(1, f), complex(i, 2.0))
print(complex(f, 1j), complex(1j, i), complex(real=i, imag=f), complex(imag=i))
print(complex(True, f), complex(fi, fi))

for args in [(OnlyInt(),), (1, OnlyInt()), (OnlyInt(), f), ("1", f), (f, "1"),
             (BadFloat(),), (BadIndex(),), (1, BadIndex()), (Huge(),), (f, Huge()),
             (Raises(),), (Raises(), object()), (object(), Raises())]:
    try:
        print(complex(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

s = Shared()
before = sys.getrefcount(SHARED)
z = complex(s, s)
print(z, sys.getrefcount(SHARED) - before, sys.getrefcount(s), sys.getrefcount(f))


def peak(label, fn):
    tracemalloc.start()
    r = fn()
    print(label, r, tracemalloc.get_traced_memory())
    tracemalloc.stop()


peak("float", lambda: complex(f))
peak("index", lambda: complex(i))
peak("both", lambda: complex(i, i))
peak("shared", lambda: complex(s, 1))
peak("int", lambda: complex(2 ** 60, i))


K = 1 + 2j


class C:
    def __complex__(self):
        return K


class CF:
    def __complex__(self):
        return 3j

    def __float__(self):
        return 9.0


class NotComplex:
    def __complex__(self):
        return 5.0


class RaisesC:
    def __complex__(self):
        raise KeyError("nope")


class NoneSlot:
    __complex__ = None


class Static:
    @staticmethod
    def __complex__():
        return 4j


c = C()
before = sys.getrefcount(K)
z = complex(c)
print(z, z == K, z is K, sys.getrefcount(K) - before)
print(complex(CF()), complex(CF(), 1), complex(c, 1j))
print(complex(Static()), complex(1j, 2), complex(1j, 1j), complex(2, 1j))
print((2j).__complex__(), K.__complex__() is K)
try:
    complex(1, c)
except TypeError as e:
    print(e)

for x in [NotComplex(), RaisesC(), NoneSlot()]:
    for args in [(x,), (x, 1), (x, "s"), (x, object())]:
        try:
            print(complex(*args))
        except (TypeError, KeyError) as e:
            print(type(e).__name__, e)

gc.collect()
g = gc.get_count()
w = complex(c, 2)
print(w, gc.get_count()[0] - g[0])


peak("dunder", lambda: complex(c))
peak("dunder2", lambda: complex(c, 2.0))
peak("complex2", lambda: complex(1j, 2))
peak("complex-complex", lambda: complex(K, K))
peak("second", lambda: complex(2.0, K))
peak("same", lambda: complex(K))
