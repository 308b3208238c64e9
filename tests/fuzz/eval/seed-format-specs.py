specs = ["", "d", "x", "X", "o", "b", "c", "n", "e", "E", "f", "F", "g", "G", "%", "s", "r",
         "10", "<10", ">10", "^10", "=10", "+", "-", " ", "#x", "#o", "#b", "010", ",", "_", ",d", "_x",
         ".3", ".3f", ".0e", "10.2f", "+.2e", "#.0f", "z", "z.1f", ".2%", "x<8", "*^9", "0<5", "08.3f",
         ",.2f", "_.3e", ".5g", "#g", "#.3g", ".100f", "-^+10.3", "=", "==", "1$", ".", "..", "..1",
         ",_", "_,", ".2s", "#", "#c", "+c", ",s", ".3n", "j", "10j", "+j", "\x00", "é"]
vals = [0, -7, 255, 10**20, True, 0.0, -0.0, 1.5, -2.25e-7, 1e300, float("inf"), float("nan"),
        0j, 1+2j, -1.5-0.25j, complex(float("inf"), 1), "abc", "é", None, [1], object, (1, 2)]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append("%s:%s" % (type(e).__name__, e))
    print(type(v).__name__, repr(v) if not isinstance(v, type) else v.__name__)
    for o in out:
        print("  ", repr(o))
class O:
    pass
o = O()
for s in ["", "x", "s", "10"]:
    try:
        print(repr(format(o, s))[:8])
    except TypeError as e:
        print(e)
for v in [1, 1.0, 1j, "s", None, [1]]:
    try:
        print(type(v).__format__(v, ""), object.__format__(v, "") if not isinstance(v, (int, float, complex, str)) else "")
    except TypeError as e:
        print("TE", e)
    try:
        print(object.__format__(v, "x"))
    except TypeError as e:
        print("TE", e)
for args in [(), (1,), (1, 2), (1, 2, 3), ("x", 1)]:
    try:
        print(object.__format__(o, *args) if False else (1).__format__(*args))
    except TypeError as e:
        print("TE", e)
print(f"{1+2j:>20}", f"{3j:.1f}", f"{-0j}", f"{complex(0,-0.0)}", f"{1e20j:g}", f"{1.5+0j:}")
print("{:x}".format(255), "{!r:>5}".format("a"), "{0:{1}}".format(3.14159, ".2f"))
for v in [0, "", 1.0, 1j, (), None]:
    d = dir(v)
    print(type(v).__name__, len(d) > 10, d == sorted(d), "__class__" in d)
print(object.__dir__(o) is not None, sorted(o.__dir__())[:3])
try:
    object.__dir__()
except TypeError as e:
    print(e)
print(hash(range(3)) == hash(range(0, 3, 1)), hash(range(0)) == hash(range(5, 5)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)))
print(hash(range(0, 10, 2)) == hash(range(0, 9, 2)), hash(range(2)) != hash(range(3)))
print({range(3): 1, range(0, 3): 2})
