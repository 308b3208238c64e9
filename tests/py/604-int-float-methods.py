# int and float methods and data attributes: real/numerator/conjugate() of an
# int are the int itself (a bool gives the small int), imag/denominator the
# small ints 0 and 1; float.real is the float itself, float.imag a new 0.0;
# as_integer_ratio builds big ints for extreme floats; CPython messages.
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for x in [0, 1, -1, 5, 255, -255, 256, 1000, 2**30, -2**30, 2**62, 10**30, -10**30, True, False]:
    print(x, x.bit_length(), x.bit_count(), x.real, x.imag, x.numerator, x.denominator, x.conjugate(), x.as_integer_ratio(), type(x.real).__name__, type(x.conjugate()).__name__)
x = 1000
print(x.real is x, x.numerator is x, x.conjugate() is x, x.imag is int("0"), x.denominator is int("1"), x.as_integer_ratio()[0] is x)
r = sys.getrefcount(x); y = x.real; print(sys.getrefcount(x) - r)
for f in [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 1e300, 1e-300, -2.5e-300, 2.0**60, 3.0, 1e16, 5e-324]:
    print(f, f.is_integer(), f.real, f.imag, f.conjugate(), f.as_integer_ratio())
f = 1.5
print(f.real is f, f.conjugate() is f, f.imag == 0.0, sys.getsizeof(f.imag), sys.getsizeof((10**30).as_integer_ratio()))
print(int.real, float.imag, int.bit_length, float.is_integer)
t(lambda: float("inf").as_integer_ratio())
t(lambda: float("-inf").as_integer_ratio())
t(lambda: float("nan").as_integer_ratio())
t(lambda: float("inf").is_integer())
t(lambda: float("nan").is_integer())
t(lambda: (1).bit_length(1))
t(lambda: (1).bit_count(x=1))
t(lambda: (1.5).is_integer(1))
t(lambda: (1.5).conjugate(1))
t(lambda: (1).conjugate(1))
t(lambda: (1).as_integer_ratio(1))
t(lambda: (1.5).as_integer_ratio(1))
t(lambda: int.conjugate(True))
t(lambda: int.bit_length(7))
t(lambda: float.is_integer(2.0))
def u(): (5).real = 3
t(u)
def w(): (5.0).imag = 3
t(w)
t(lambda: (5).real())
t(lambda: int.real(5))
