# Operations CPython answers with the operand itself (long_long: +x,
# abs(x) for x >= 0, x >> 0, round(x, n >= 0), x % y with |x| < |y|)
# return an exact int for a subclass of int: _PyLong_Copy, a new
# PyLongObject of as many digits (28 bytes for one digit, not the medium
# 32), the cached small int for -5..256.  Found by gen.py's newsub.
import tracemalloc
class I(int):
    pass
a = I(100000)
b = I(2**40)
tracemalloc.start()
c0 = tracemalloc.get_traced_memory()[0]
x = +a
c1 = tracemalloc.get_traced_memory()[0]
y = abs(b)
c2 = tracemalloc.get_traced_memory()[0]
z = round(b, 3)
c3 = tracemalloc.get_traced_memory()[0]
print(c1 - c0, c2 - c1, c3 > c2)
print(type(x).__name__, type(y).__name__, type(z).__name__, x, y, z)
print(type(I(-2**40) >> 0).__name__, type(I(2**40) % 2**70).__name__)
s = I(7)
print(type(+s).__name__, +s is 7 - 0 + 0, abs(I(3)) is 3 + 0, type(abs(I(-2**31))).__name__)
print(+True, type(+True).__name__, type(abs(False)).__name__)
print(type(+7).__name__, type(abs(2**40)).__name__)
n = 2**40
print(+n is n, abs(n) is n)
