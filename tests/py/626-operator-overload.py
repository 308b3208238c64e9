# A Vector class with operator overloading: __add__, __mul__, __eq__, __neg__, __abs__, __bool__.
import sys, gc

class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return self + (-other)
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, other):
        return isinstance(other, Vector) and self.x == other.x and self.y == other.y
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

a = Vector(3, 4)
b = Vector(1, 2)
print(a + b, a - b, -a, a * 2, 3 * b, abs(a))
print(a == Vector(3, 4), a != b, a == (3, 4), bool(Vector(0, 0)), len(a))
print(list(a), a[1], tuple(b))
x, y = a
print(x, y)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
print(Vector.__hash__ is None)
c = a
c += b
print(c, a, c is a)
d = a
d *= 2
print(d is a, d)
total = Vector(0, 0)
for v in [a, b, Vector(5, 5)]:
    total = total + v
print(total, sys.getrefcount(total))
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(a), sys.getsizeof(a.__dict__), gc.is_tracked(a))
vs = [Vector(i, -i) for i in range(3)]
print(vs, Vector(1, -1) in vs, vs.index(Vector(2, -2)), vs.count(Vector(0, 0)))
print(sum([a, b], Vector(0, 0)))
