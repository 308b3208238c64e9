# complex() of instances whose class has __float__ or __index__ but no
# __complex__ (complex_new_impl: nb_float or nb_index makes a number,
# PyNumber_Float converts it), as one argument, two, or by keyword.
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
