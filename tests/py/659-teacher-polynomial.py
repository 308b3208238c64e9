class Poly:
    def __init__(self, coeffs): self.c = list(coeffs)
    def __call__(self, x):
        r = 0
        for a in reversed(self.c): r = r * x + a
        return r
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    def __mul__(self, o):
        if isinstance(o, int): return Poly([a * o for a in self.c])
        r = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c): r[i + j] += a * b
        return Poly(r)
    __rmul__ = __mul__
    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n): r = r * self
        return r
    def __neg__(self): return self * -1
    def __sub__(self, o): return self + -o
    def __eq__(self, o): return self.c == o.c
    __hash__ = None
    def __repr__(self):
        terms = []
        for i, a in enumerate(self.c):
            if a: terms.append(f"{a}" if i == 0 else f"{a}x" if i == 1 else f"{a}x^{i}")
        return " + ".join(reversed(terms)) or "0"
p = Poly([1, 1])
print(p, p ** 3, p * p - p, 2 * p, p(2), (p ** 2)(3), -p, p == Poly([1, 1]))
try:
    hash(p)
except TypeError as e:
    print(e)
