# float repr: shortest round-tripping digits, exponent thresholds, signed zero
vals = [0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1e-4,
        -0.0, 0.0, 1e+20, 1e22, 1.5e300, 5e-324, 1.7976931348623157e308, 100.0, 3.0,
        2.5, 1e100, 0.5, 123.456, 9007199254740993.0, 1234567890123456.7]
for v in vals:
    print(v, repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(float("1e500"), float("  2.5  "), float("-0"), float(7), float("1_000.5"))
