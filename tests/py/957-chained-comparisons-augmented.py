x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 2, "a" < "b" <= "b", [1, 2] < [1, 3], (1, 2) > (1,))
print(None is None, x is not None, 0 == False, 1 == True, True + True, 3 in [1, 2, 3], "ab" in "cabd", 4 not in {4})
print(x if x > 3 else -x, (x and 0) or "empty", [] or {} or "last", 0 and 1/0, not [], not [0])
print(7 // 2, -7 // 2, 7 % -3, 2 ** -1, 2 ** 10, 10 / 4, 10 / 5, 0.1 * 3, 1e308 * 10, -0.0, 5 % 0.3)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print(e)
print(int(1e20), float(2**70), hash(1) == hash(1.0), round(1234.5678, -2), abs(-3.5), divmod(7.5, 2))
a = b = c = []
a.append(1); print(b, c, a is c)
p, (q, r), *rest = 1, (2, 3), 4, 5
print(p, q, r, rest)
first, *mid, last = "hello"
print(first, mid, last)
i = 0
i += 1; i -= 3; i *= -4; i //= 3; i **= 2; i %= 5; i <<= 3; i |= 1; i ^= 2; i &= 7; i >>= 1
print(i)
