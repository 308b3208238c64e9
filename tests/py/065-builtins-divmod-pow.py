# divmod and pow: ints, floats, negatives, modular pow, negative exponents
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(0, 5), divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(10 ** 20 + 3, 10 ** 10))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.0, 3), pow(2, 0.5))
print(pow(3, 4, 5), pow(7, 123456, 13), pow(-3, 3, 7), pow(2, 10 ** 5, 10 ** 9 + 7))
print(pow(38, -1, 97), 38 * pow(38, -1, 97) % 97)
print(pow(0, 0), 0.0 ** 0, (-8) ** (1 / 3) == (-8) ** (1 / 3))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
