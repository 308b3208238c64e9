# sys.getsizeof(int): 24 + 4 bytes per 30-bit digit, 0 reports one digit (28)
import sys
for v in [0, 1, -1, 255, 256, 2 ** 30 - 1, 2 ** 30, -(2 ** 30), 2 ** 60 - 1, 2 ** 60,
          2 ** 90 - 1, 2 ** 90, 2 ** 100, -(2 ** 100), 10 ** 100, 2 ** 1000]:
    print(sys.getsizeof(v), end=" ")
print()
# 28 28 28 28 28 28 32 32 32 36 36 40 40 40 72 160
for bits in range(0, 200, 15):
    print(bits, sys.getsizeof(2 ** bits))
print(sys.getsizeof(True), sys.getsizeof(False))  # bools are ints: 28 28
print(sys.getsizeof(int("9" * 100)), sys.getsizeof(-int("9" * 100)))
