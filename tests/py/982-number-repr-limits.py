# float reprs at the edges, the 4300-digit int/str limit, format specs,
# overflows and zero divisions.
print(1e16, 1e15, 123456789012345678.0, 0.1 + 0.7, 1/3, -0.0, 2.5e-5, 1e-4, 1.0e22, 1e21, float('1e-320'), 5e-324)
print(repr(1.5), str(2.0), 3.0 * 1e308, -3.0 * 1e308, (1e308 * 10) - (1e308 * 10))
x = 10 ** 4299
print(len(str(x)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(e)
try:
    int('1' * 4301)
except ValueError as e:
    print(e)
print(hex(10 ** 5000)[:10], (2 ** 100).bit_length(), (-5).bit_length())
print(7 .__class__.__name__, (3).__add__(4), int.__name__, divmod(-7, 2), -7 // 2, -7 % 2, 7 // -2, 2 ** -2, (-2) ** 2, -2 ** 2)
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1e300, -300), round(-0.5), round(0.5), round(1.5))
print(f'{1e16:g}', f'{123.456:.2e}', f'{0.1:.20f}', f'{1234.5:,.1f}', f'{42:08b}', f'{-42:+x}', f'{3.0:n}', f'{1e100:.3}')
print(float('0.1') == 0.1, 0.1 * 3 == 0.3, abs(-1e-300 * 1e-300), 1e308 + 1e308, -(1e308 + 1e308))
print(int(1e20), int(-1.5e15), int(2**63 + 0.0), float(2**1023 * 2 - 1) if False else 'x')
try:
    float(2 ** 1024)
except OverflowError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    10 ** -1 // 0
except ZeroDivisionError as e:
    print(e)
print(0 ** 0, 0.0 ** 0, pow(0, 0), pow(2, 3, 3), (-1) ** 0.5 if False else '', 1 // 1.0, 5 % 0.3)
