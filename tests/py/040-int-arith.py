# int arithmetic: + - * / // % ** with positive and negative operands
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3)]:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, 2 ** -1, 10 ** -2)
print(-7 // 1, -1 // 10, 1 // -10, -10 % 3, 10 % -3)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(abs(-12), abs(0), -(-3), +4)
print(int(3.9), int(-3.9), int("42"), int("  -17 "), int("0x1f", 16), int("777", 8), int("1010", 2))
