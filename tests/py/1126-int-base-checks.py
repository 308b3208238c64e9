# int(x, base): long_new_impl takes the base by PyNumber_AsSsize_t(obase,
# NULL), which clips a huge int to the ssize_t range, and checks its range
# before it looks at x's type, so a bad base is a ValueError for any x.
for x, b in ((5, 1), (5, 37), ('5', 2**70), (5, 2**70), ('5', -2**70), (b'5', 99),
             (5.0, 16), (5, 10), ('5', 1.5), ('5', True), ('z', 2**64), ('z', 36)):
    try:
        print(repr(x), int(x, b))
    except (ValueError, TypeError) as e:
        print(repr(x), type(e).__name__, e)
