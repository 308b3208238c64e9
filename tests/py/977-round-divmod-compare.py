# round() with negative ndigits and halves (ints and floats), divmod and // %
# on floats with signs, zeros and infinities, int/float comparisons at 2**53 + 1,
# bool arithmetic, and power corner cases.
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1234.5, 15, 25, 35, -25, 125, 1e20, float('inf')]:
    r = []
    for nd in [None, 0, 1, 2, -1, -2, -3]:
        try:
            r.append(round(x, nd) if nd is not None else round(x))
        except (OverflowError, ValueError) as e:
            r.append(type(e).__name__)
    print(x, r)
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(149, -2), round(150, -2), round(250, -2), round(10**20 + 5, -1))
print(type(round(2.5)), type(round(2.5, 0)), type(round(25, -1)), round(True, 1), type(round(True)))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 1), (-0.0, 1), (1e300, 1e-300), (5, 0.5), (float('inf'), 3), (3, float('inf')), (-3, float('inf'))]:
    try:
        print(a, b, divmod(a, b), a // b, a % b)
    except ZeroDivisionError as e:
        print(e)
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(e)
n = 2**53 + 1
print(n == float(n), n > float(n), n < float(n) + 2, float(n) == 2**53, n - 1 == float(n), 2**53 == 2.0**53, (2**53+1) == 2.0**53 + 1)
print(10**400 > float('inf'), -10**400 < float('-inf'), 10**400 == float('inf'), float('nan') == float('nan'), 1 < float('nan'))
print(True + True, True * 3, True / 2, -True, ~True, True << 3, True & 1, True | 2, type(True & True), True ^ True, False ** 0, divmod(True, 2))
print(hash(True), True == 1.0, {1: 'a', True: 'b', 1.0: 'c'}, sum([True, True, 0.5]), abs(-False), max(True, 1), min(1, True))
print(0.1 + 0.2, 1e16 + 1, 2 ** -1, (-8) ** (1/3), pow(2, -2), pow(-2, 3, 5), pow(3, -1, 7), 7 // -2, -7 % 3, -7.0 % 3, 7 % -3.0)
