# methods that mutate self and return new instances; methods calling methods
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def scale(self, k):
        self.x *= k
        self.y *= k
    def norm2(self):
        return self.dot(self)
    def dot(self, o):
        return self.x * o.x + self.y * o.y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a = Vec(1, 2)
b = Vec(3, 4)
c = a.add(b)
print(a, b, c)
c.scale(2)
print(c, c.norm2(), a.dot(b))
vs = [Vec(i, -i) for i in range(3)]
print(vs)
total = Vec(0, 0)
for v in vs:
    total = total.add(v)
print(total)
