class Celsius:
    def __init__(self, v): self.v = v
    def __index__(self): return int(self.v)
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __repr__(self): return f"Celsius({self.v})"
c = Celsius(3.7)
print(int(c), float(c), hex(Celsius(255)), list(range(Celsius(4))), [10, 20, 30, 40][Celsius(2)], "hello"[Celsius(1):Celsius(3)])
print(["x"] * Celsius(3), bin(5) if False else 0, round(float(c), 1), chr(Celsius(97)))
class Bad:
    def __index__(self): return "no"
try:
    [1][Bad()]
except TypeError as e:
    print(e)
class NoIdx: pass
for f in (lambda: [1][NoIdx()], lambda: range(NoIdx()), lambda: int(NoIdx()), lambda: float(NoIdx()), lambda: hex(NoIdx()), lambda: "ab" * NoIdx()):
    try:
        f()
    except TypeError as e:
        print(e)
class BadInt:
    def __int__(self): return 1.5
    def __float__(self): return 1
for f in (lambda: int(BadInt()), lambda: float(BadInt())):
    try:
        f()
    except TypeError as e:
        print(e)
class I2:
    def __index__(self): return 2
    def __int__(self): return 3
    def __float__(self): return 1.5
class J2:
    def __index__(self): return 5
class N2: pass
for f in [lambda: "%d" % I2(), lambda: "%x" % I2(), lambda: "%o" % J2(), lambda: "%f" % I2(), lambda: "%d" % J2(), lambda: "%.1f" % J2(), lambda: "%d" % N2(), lambda: "%x" % N2(), lambda: "%f" % N2(), lambda: bytes(J()), lambda: [1,2,3].pop(I()), lambda: round(2.567, J2()), lambda: int("11", J2()), lambda: list(enumerate("ab", J2()))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class H:
    def __hash__(self): return 2 ** 70
print(hash(H()))
