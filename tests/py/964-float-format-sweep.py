vals = []
x = 0.1
for i in range(300):
    x = (x * 7.31 + 0.137) % 1000.0
    vals.append(x)
    vals.append(x * 1e-300)
    vals.append(x * 1e300)
    vals.append(-x / 3)
    vals.append(float(i) / 7)
out = []
for v in vals:
    out.append("%r %s %.3f %e %g %.10g %.17g %5.1f %-8.2e %+.0f" % (v, v, v, v, v, v, v, v, v, v))
    out.append(f"{v:,.2f} {v:_.3f} {v:.2%} {v:10.4} {v:<12g}| {round(v, 2)} {round(v)} {int(v)}")
print("\n".join(out))
print(1e22, 1e21, 1e16, 123456789012345678.0, 0.000001, 0.0000001, 2.5e-5, float("1e-320"), 5e-324, 1.7976931348623157e308)
print(round(0.5), round(1.5), round(2.675, 2), round(-2.5), round(1e300, -299), divmod(-7.5, 2), (-7.5) % 2, 7.5 // -2)
print(float.fromhex("0x1.8p1") if False else 3.0, (0.1).hex() if False else "", 1.0.is_integer(), (2.5).as_integer_ratio())
