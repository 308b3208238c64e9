# complex() through __complex__ (try_complex_special_method): looked up on
# the type and bound (a bound method, or complex.__complex__'s builtin
# method for a complex first argument with a second one), its result a
# complex or a TypeError; a new complex is made even when __complex__
# returns one.
import gc
import sys
import tracemalloc

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


class Raises:
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

for x in [NotComplex(), Raises(), NoneSlot()]:
    for args in [(x,), (x, 1), (x, "s"), (x, object())]:
        try:
            print(complex(*args))
        except (TypeError, KeyError) as e:
            print(type(e).__name__, e)

gc.collect()
g = gc.get_count()
w = complex(c, 2)
print(w, gc.get_count()[0] - g[0])


def peak(label, fn):
    tracemalloc.start()
    r = fn()
    print(label, r, tracemalloc.get_traced_memory())
    tracemalloc.stop()


peak("dunder", lambda: complex(c))
peak("dunder2", lambda: complex(c, 2.0))
peak("complex2", lambda: complex(1j, 2))
peak("complex-complex", lambda: complex(K, K))
peak("second", lambda: complex(2.0, K))
peak("same", lambda: complex(K))
