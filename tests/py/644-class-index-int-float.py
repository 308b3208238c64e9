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
