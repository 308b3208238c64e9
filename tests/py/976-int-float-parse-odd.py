# int() and float() of odd strings: underscores, spaces, base 0 prefixes,
# non-ASCII digits, inf/nan spellings, overflow to inf, and their errors.
for s in ['  1_000 ', '0x10', '0b101', '0o17', '1__0', '_1', '1_', ' -0 ', '+7', '١٢٣', '12\n', '0_0', '00', '010', '0x_1f']:
    for base in [10, 0, 16]:
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, 'ValueError', e)
for s in ['inf', '-Infinity', 'nan', '-nan', '1e400', '-1e400', ' 1_0.5 ', '1e-400', '0x10', '1_e5', '.5', '5.', '.', 'infinity', 'in f', '1e', '١.٥']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(int(3.9), int(-3.9), int('  42  '), int(True), float(' -0 '), float('1e309') == float('inf'))
try:
    int('12', 1)
except ValueError as e:
    print(e)
try:
    int('12', 37)
except ValueError as e:
    print(e)
try:
    int(12, 10)
except TypeError as e:
    print(e)
try:
    int(float('inf'))
except OverflowError as e:
    print(e)
try:
    int(float('nan'))
except ValueError as e:
    print(e)
print(int('z', 36), int('Z', 36), int('0', 0), int('-0x1', 0))
try:
    int('09', 0)
except ValueError as e:
    print(e)
