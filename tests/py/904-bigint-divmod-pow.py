# Big ints: divmod, // and % with negative operands, pow with negative
# exponents and moduli, huge shifts, bitwise ops on negatives, round to
# negative digits, and their errors.
a = 10**30 + 7
b = -(3**40)
print(divmod(a, b), divmod(b, a), divmod(-a, -b), divmod(a, 7), divmod(-a, 7))
print(a // b, a % b, b // 7, b % 7, -7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(pow(3, 200, 10**9 + 7), pow(-3, 5), pow(2, -2), pow(-2, 3, 5), pow(3, -1, 7), pow(b, 3, a))
print(1 << 200, (1 << 200) >> 199, -1 << 100, (-(1 << 100)) >> 99, -1 >> 1000, (1 << 100) >> 1000)
print(a * b, a - b * b, abs(b), -b, ~a, a & b, a | b, a ^ b, b & 0xFFFF)
print(int('-' + '9' * 50) // 10**25, hex(a), oct(b), bin(2**70 + 1))
print(round(a, -25), round(b, -10), round(123456789, -3), round(-2.5), round(3.5), round(2.675, 2))
print((2**100).bit_length(), (-2**100).bit_length())
print(divmod(7.5, -2), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2, 2 ** 0.5, (-8) ** (1/3) == (-8) ** (1/3))
print(10**40 / 10**20, 2**1000 // 3**600, float(2**60), int(1e20), int(-3.99), int('  42  '), int('0x1f', 16))
try:
    print(1 << -1)
except ValueError as e:
    print(e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print(e)
try:
    print(divmod(1, 0))
except ZeroDivisionError as e:
    print(e)
try:
    print(pow(4, -1, 8))
except ValueError as e:
    print(e)
try:
    print(2 ** 10000 * 1.0)
except OverflowError as e:
    print(e)
