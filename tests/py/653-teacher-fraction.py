def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def of(x): return x if isinstance(x, Fraction) else Fraction(x)
class Fraction:
    def __init__(self, n, d=1):
        if d == 0: raise ZeroDivisionError("Fraction(%s, 0)" % n)
        g = gcd(n, d)
        if d < 0: g = -g
        self.n, self.d = n // g, d // g
    def __add__(self, o): o = of(o); return Fraction(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o): o = of(o); return Fraction(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o): return of(o) - self
    def __mul__(self, o): o = of(o); return Fraction(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o): o = of(o); return Fraction(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o): return of(o) / self
    def __pow__(self, k): return Fraction(self.n ** k, self.d ** k) if k >= 0 else Fraction(self.d ** -k, self.n ** -k)
    def __neg__(self): return Fraction(-self.n, self.d)
    def __abs__(self): return Fraction(abs(self.n), self.d)
    def __eq__(self, o): o = of(o); return self.n == o.n and self.d == o.d
    def __lt__(self, o): o = of(o); return self.n * o.d < o.n * self.d
    def __le__(self, o): return self < o or self == o
    def __hash__(self): return hash((self.n, self.d))
    def __float__(self): return self.n / self.d
    def __int__(self): return self.n // self.d if self.n >= 0 else -(-self.n // self.d)
    def __repr__(self): return f"Fraction({self.n}, {self.d})"
    def __str__(self): return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    def __format__(self, spec): return format(float(self), spec) if spec else str(self)
a, b = Fraction(1, 2), Fraction(1, 3)
print(a + b, a - b, a * b, a / b, 1 + a, 1 - a, 2 * b, 1 / a, a ** 2, a ** -2, -a, abs(-a))
print(a == Fraction(2, 4), a < b, b < a, a <= a, a > b, sorted([a, b, Fraction(1, 5)]))
print(float(a), int(Fraction(7, 2)), int(Fraction(-7, 2)), f"{a}", f"{a:.3f}", format(b, ".2%"))
print(sum([Fraction(1, n) for n in range(1, 6)]), max(a, b), min([a, b]))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("error:", e)
x = Fraction(3, 4)
x += 1
x *= 2
print(x, repr(x), str(x), hash(x) == hash(Fraction(7, 2)))
