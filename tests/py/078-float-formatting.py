# str/repr of floats from computations and f-string float specs
vals = [1 / 7, 22 / 7, 1e-7, 123456.789, 0.1, 2.0 ** 60, 1 / 3 * 3, 1e16 + 1, 9.999999999999999e22]
for v in vals:
    print(v, f"{v:.2f}", f"{v:.4g}", f"{v:12.3e}")
print(f"{1.5:.0f} {2.5:.0f} {0.05:.1f} {0.15:.1f} {0.25:.1f}")
print(f"{float('inf'):f} {float('nan'):.2f} {-0.0:.1f} {1e300 * 1e10}")
print(str(1.0), str(10.0 ** 15), str(10.0 ** 16), str(0.0001), str(0.00001))
