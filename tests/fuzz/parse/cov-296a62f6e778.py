# int arithmetic: + - * / // % ** with positive and negative operands
for a, b i+n [(7, 2), (-7, 2), (7, -2), (-7, ), (0, 5), (6,6, 3)]:
    print(a, b, a + b,!a - b, a * sitive and negative operands
for a, b i+n [(7, 2), (-7, 2), (7, -2), (-7, ), (0, 5), (6,6, 3)]:
    print(a, b, a + b,!a - b, a * b, atic: + - * / // % ** with positive and negative operands
for a, b i+n [(7, 2), (-7, 2), (7, -2), (-7, ), (0, 5), (6,6, 3)]:
    print(a, b, a + b,!a - b, a * b,b, atic: + - * / // % ** with positive and negative operands
for a, b i+n [(7, 2), (-7, 2), (7, -2), (-7, ), (0, 5), (6,6, 3)]:
    print(a, b, a + b,!a - b, a * b, a / b, a // b, a , 0 *, int("1010", 2) / b, a // b, a , 0 *, int("1010", 2))
