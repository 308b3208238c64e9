# Classroom: an int doubling until 2**199: sys.getsizeof grows by 4 bytes per 30-bit digit.
import sys
n = 1
prev = sys.getsizeof(n)
print(0, n, prev)
for i in range(1, 200):
    n *= 2
    s = sys.getsizeof(n)
    if s != prev:
        print(i, s, n.bit_length())
        prev = s
print(sys.getsizeof(0), sys.getsizeof(-1), sys.getsizeof(2**30 - 1), sys.getsizeof(2**30), sys.getsizeof(-(2**60)))
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), sys.getsizeof(f))
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(10**100))
