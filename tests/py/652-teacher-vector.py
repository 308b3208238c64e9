class Vector:
    def __init__(self, c): self.c = list(c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __add__(self, o):
        if not isinstance(o, Vector): return NotImplemented
        return Vector([a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o): return Vector([a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        if isinstance(k, Vector): return sum(a * b for a, b in zip(self.c, k.c))
        return Vector([a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, Vector) and self.c == o.c
    def __hash__(self): return hash(tuple(self.c))
    def __repr__(self): return "Vector(" + ", ".join([repr(x) for x in self.c]) + ")"
    def __bool__(self): return any(self.c)
v, w = Vector([1, 2, 3]), Vector([4, 5, 6])
print(v + w, v - w, v * 2, 2 * v, v * w, -v, abs(Vector([3, 4])))
print(v == Vector([1, 2, 3]), v != w, hash(v) == hash(Vector([1, 2, 3])), len({v, Vector([1, 2, 3]), w}))
print(bool(Vector([0, 0])), bool(v), list(v), v[1:], 3 in v)
try:
    v + 1
except TypeError as e:
    print(e)
s = Vector([0, 0, 0])
for x in [v, w, v]:
    s += x
print(s, sum([v, w], Vector([0, 0, 0])))
