# format() of a bool names bool in its errors; complex.__format__ with no
# type (like str(z)) keeps a point under '#', drops a zero's '-' under 'z'
# and groups the integer digits under ',' and '_'; ',' with '_' and a
# grouping the type does not take are refused as the float parser does;
# the type is one character, not one byte.
for spec in ["s", "1$", "j", ",s", "_c", "é"]:
    try:
        print(format(True, spec))
    except ValueError as e:
        print("bool", repr(spec), e)
vals = [0j, 1j, -1.5j, 1e20j, 2 + 3j, -0.0 - 0j, 1e16 + 1j, 123456.789 + 9876543.21j,
        complex(float("inf"), 1), complex(1, float("nan"))]
specs = ["#", "#10", "+#", "#<14", "*^#16", "#.3", "#e", "#g", "#,", "#_", ",", "_", ",.2f",
         "_x", ",_", "_,", "__", ",s", ",n", "é", "#é", ",é", "ŝ", "z#", "z", "+z", "-#"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append(str(e))
    print(repr(v), out)
print(f"{3+4j:#}", "{0:#}|{0:_}|{0:,.1f}".format(1234.5 + 6789j))
