# complex numbers: literals, arithmetic with int and float, repr (signed zeros, inf, nan), attributes, complex(), and python3's errors
import sys
z = 1 + 2j
print(z, repr(z), -0j, 0j, 1j, -1j, complex(-0.0, 0), complex(), type(z).__name__)
print(z * z, z / (3 - 4j), z ** 2, z ** 0.5, z ** -3, (1j) ** 1j, abs(3 + 4j))
print(z.real, z.imag, z.conjugate(), z == 1 + 2j, z != 1, complex(2) == 2, complex(2.5) == 2.5, 2 == complex(2))
print(sys.getsizeof(z), {1: "a"}[1 + 0j], {1.5: "b"}[1.5 + 0j], {z: 3}[1 + 2j], bool(0j), bool(1e-300j), len({1j, 1j, 2j}))
print((-8) ** (1 / 3), pow(-2.0, 0.5), (-1) ** 0.5)
print(complex("1+2j"), complex(" (3-4.5j) "), complex("j"), complex("-j"), complex("2"), complex("1e3j"), complex(1 + 2j, 3j), complex(1, 2))
print(float("inf") * 1j, complex(float("nan"), float("inf")), 1e300 * 1e300j)
print([1j, 2 + 0j], {1j: 1}, (1j,), f"{z}", str(z))
print(1j + 1 + 1.5, 3 - 1j, 2 * 1j, 1 / 1j, 1j / 2)
try:
    print(1j < 2j)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1j // 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1j % 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(divmod(1j, 1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1j / 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(0j ** -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(complex('x'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(complex('1', 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(complex(1, '2'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(complex([]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(complex(1, []))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int(1j))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(float(1j))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(abs(1e308+1e308j))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(round(1j))
except Exception as e:
    print(type(e).__name__, e)
try:
    print((1e200j) ** 3)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(complex('1+2j)'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(complex('(1+2j'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(complex('1+'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(pow(1j, 2, 3))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1j > 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(hex(1j))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(sum([1j, 2, 3.5]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1j.conjugate(1))
except Exception as e:
    print(type(e).__name__, e)
