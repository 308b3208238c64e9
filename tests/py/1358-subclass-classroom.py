# The classroom shapes of immutable subclasses: a value with a unit set in
# __new__ (Money), the mistake of __init__ alone taking the extra argument,
# a converting __new__ (Temp), Name(str) built from two parts, Vec(tuple)
# with its own __add__ and __repr__, a slotted Point(tuple) with properties.
import sys
class Money(int):
    def __new__(cls, value, currency):
        self = super().__new__(cls, value)
        self.currency = currency
        return self
    def __init__(self, value, currency):
        print("init", value, currency)
    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"
m = Money(5, "EUR")
print(m, repr(m), m + 1, m.currency, sys.getsizeof(m))
class Bad(int):
    def __init__(self, value, currency):
        self.currency = currency
try:
    Bad(5, "EUR")
except TypeError as e:
    print("TypeError:", e)
try:
    Bad("5", "EUR")
except TypeError as e:
    print("TypeError:", e)
class Temp(float):
    def __new__(cls, value, unit="C"):
        if unit == "F":
            value = (value - 32) * 5 / 9
        return super().__new__(cls, value)
    def __init__(self, value, unit="C"):
        self.unit = unit
print(Temp(212, "F"), Temp(100).unit, Temp(212, unit="F").unit)
class Name(str):
    def __new__(cls, first, last):
        return super().__new__(cls, f"{first} {last}")
    def __init__(self, first, last):
        self.first, self.last = first, last
n = Name("Ada", "Lovelace")
print(n, n.first, n.upper(), len(n), n.split())
class Vec(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)
    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self, other)))
    def __repr__(self):
        return "Vec" + tuple.__repr__(self)
print(Vec(1, 2) + Vec(3, 4), Vec(1, 2) + (1, 1), (1, 1) + Vec(1, 2))
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
p = Point(3, 4)
print(p, p.x, p.y, sys.getsizeof(p), hasattr(p, '__dict__'))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
