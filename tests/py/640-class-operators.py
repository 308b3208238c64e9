import sys, gc
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k) if not isinstance(k, V) else self.x*k.x+self.y*k.y
    def __rmul__(self, k): return V(self.x * k, self.y * k)
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __floordiv__(self, k): return V(self.x // k, self.y // k)
    def __mod__(self, k): return V(self.x % k, self.y % k)
    def __pow__(self, k): return V(self.x ** k, self.y ** k)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __lshift__(self, k): return V(self.x << k, self.y << k)
    def __rshift__(self, k): return V(self.x >> k, self.y >> k)
    def __and__(self, k): return V(self.x & k, self.y & k)
    def __or__(self, k): return V(self.x | k, self.y | k)
    def __xor__(self, k): return V(self.x ^ k, self.y ^ k)
    def __neg__(self): return V(-self.x, -self.y)
    def __pos__(self): return self
    def __invert__(self): return V(~self.x, ~self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, a / 2, a // 2, a % 2, a ** 2, a @ b)
print(a << 1, a >> 1, a & 1, a | 4, a ^ 3, -a, +a, ~a, abs(b))
c = a
c += b
print(c is a, a)
c -= b
print(c is a, c, a)
c *= 2
print(c)
for f in [lambda: a + 1, lambda: 1 - a, lambda: a < b, lambda: hash(a), lambda: {a}, lambda: -V, lambda: a @ 1]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
class I:
    def __index__(self): return 2
    def __int__(self): return 7
    def __float__(self): return 2.5
i = I()
print([1, 2, 3][i], "abc"[i], [0] * i, i * [1], list(range(i)), hex(I()), int(i), float(i), chr(I().__index__() + 65))
print("abcdef"[i:I()], [1,2,3,4][:i])
print(getattr(a, 'x'), getattr(a, 'z', 'dflt'), hasattr(a, 'y'), hasattr(a, 'q'))
setattr(a, 'z', 9); print(a.z); delattr(a, 'z'); print(hasattr(a, 'z'))
print(hash(1), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
print(format(3.14159, '.2f'), format(42), format(42, 'x'), ascii('héllo'), ascii([1, 'ü']))
class F:
    def __format__(self, spec): return "F<" + spec + ">"
print(format(F(), 'abc'), f"{F()}", f"{F():xyz}")
class G:
    def __getattr__(self, n):
        if n == 'bad': raise AttributeError('nope ' + n)
        return n * 2
g = G(); g.real = 1
print(g.foo, g.real, getattr(g, 'bar'), hasattr(g, 'bad'), getattr(g, 'bad', 5))
print(a.__class__.__name__, (1).__class__, "x".__class__, None.__class__)
try:
    g.bad
except AttributeError as e:
    print(e)
