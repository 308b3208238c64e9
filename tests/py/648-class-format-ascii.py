class F:
    def __format__(self, spec): return "F<" + spec + ">"
print(format(F(), 'abc'), f"{F()}", f"{F():xyz}", f"{F()!r:>5}"[:2], "{:q}".format(F()) if False else "")
class Plain:
    def __str__(self): return "plain"
print(format(Plain()), f"{Plain()}", f"{Plain():}")
try:
    format(Plain(), "x")
except TypeError as e:
    print(e)
class BadF:
    def __format__(self, spec): return 1
try:
    f"{BadF()}"
except TypeError as e:
    print(e)
print(ascii("plain"), ascii("é"), ascii(["ü", 1]), format(1234.5678, ",.2f"), format(10, "b"), format("s", ">3"))
class Bits:
    def __init__(self, n): self.n = n
    def __and__(self, o): return Bits(self.n & int(o))
    def __or__(self, o): return Bits(self.n | int(o))
    def __xor__(self, o): return Bits(self.n ^ int(o))
    def __invert__(self): return Bits(~self.n & 0xff)
    def __lshift__(self, k): return Bits((self.n << k) & 0xff)
    def __rshift__(self, k): return Bits(self.n >> k)
    def __int__(self): return self.n
    def __index__(self): return self.n
    def __repr__(self): return format(self.n, "08b")
    def __format__(self, spec): return format(self.n, spec or "08b")
    def __bool__(self): return self.n != 0
    def __hash__(self): return self.n
    def __eq__(self, o): return int(self) == int(o)
b = Bits(0b1010)
print(b & 0b0110, b | 1, b ^ b, ~b, b << 3, b >> 1, f"{b}", f"{b:x}", f"{b!r}", bool(Bits(0)))
x = Bits(1)
x <<= 4
x |= 3
x ^= Bits(1)
x >>= 1
x &= 0xf
print(x, hex(b), oct(b) if False else "-", {Bits(3): "three"}[Bits(3)], Bits(5) == 5)
print(ascii(b), ascii("naïve"), format(Bits(7)), format(255, "#x"))
