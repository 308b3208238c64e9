# repr of floats: shortest round-trip, exponents, signed zero, inf and nan
vals = [0.1, 0.2 + 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1e+20, 1e22, 1e-7,
        -0.0, 0.0, 5e-324, 1.7976931348623157e308, float("inf"), -float("inf"), float("nan"), 2.5, 100.0]
for x in vals:
    print(repr(x), str(x))
print([0.1, -0.0, 1e20], (1.5,), {2.0: 3.0})
