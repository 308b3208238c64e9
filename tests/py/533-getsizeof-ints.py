# getsizeof of ints: 28 for up to 30 bits, +4 per 30-bit digit
import sys
print([sys.getsizeof(2 ** k) for k in (0, 29, 30, 59, 60, 89, 90, 300)])
print([sys.getsizeof(-(2 ** k)) for k in (0, 30, 60)])
print(sys.getsizeof(0), sys.getsizeof(True), sys.getsizeof(10 ** 100), sys.getsizeof(-10 ** 100))
