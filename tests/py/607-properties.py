# Properties, classmethods and staticmethods on a Temperature class.
import sys, gc

class Temperature:
    scale = "C"
    made = []
    def __init__(self, celsius):
        self._c = celsius
        Temperature.made.append(celsius)
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(value):
        return value >= -273.15
    def __repr__(self):
        return f"Temperature({self._c!r})"

t = Temperature(25)
print(t.celsius, t.fahrenheit, t)
t.celsius = 30.5
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
u = Temperature.from_fahrenheit(212)
print(u, type(u) is Temperature, Temperature.valid(-300), t.valid(0))
print(Temperature.made)
print(type(Temperature.__dict__["celsius"]).__name__)
print(type(Temperature.__dict__["from_fahrenheit"]).__name__)
print(type(Temperature.__dict__["valid"]).__name__)
print(Temperature.valid is t.valid, Temperature.from_fahrenheit == t.from_fahrenheit)
print(sys.getsizeof(t), sys.getsizeof(t.__dict__), sorted(t.__dict__))
f1 = t.fahrenheit
f2 = t.fahrenheit
print(f1 == f2, f1 is f2)
print(sys.getrefcount(Temperature.__dict__["celsius"]))
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
print(gc.is_tracked(t), gc.collect())
