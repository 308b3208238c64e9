# round(): banker's rounding, ndigits, negative ndigits, ints
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(1234.5678, -2))
print(round(7), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5.5), type(round(5.5)).__name__, type(round(5.5, 0)).__name__)
print(round(0.125, 2), round(0.375, 2), round(1e20), round(-2.5, 0))
print(round(123.456, 1), round(123.456, 0), round(123.456, -1))
