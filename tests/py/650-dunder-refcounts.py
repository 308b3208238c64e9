import sys, gc
class P:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("in add:", sys.getrefcount(self), sys.getrefcount(o))
        return P(self.v + o.v)
    def __radd__(self, o):
        print("in radd:", sys.getrefcount(self))
        return self
    def __neg__(self):
        print("in neg:", sys.getrefcount(self))
        return self
    def __iadd__(self, o):
        print("in iadd:", sys.getrefcount(self), sys.getrefcount(o))
        self.v += o.v
        return self
    def __index__(self):
        print("in index:", sys.getrefcount(self))
        return 1
    def __format__(self, spec):
        print("in format:", sys.getrefcount(self))
        return "P"
    def __getattr__(self, name):
        print("in getattr:", sys.getrefcount(self))
        return 0
x, y = P(1), P(2)
z = x + y
print(sys.getrefcount(x), sys.getrefcount(z))
w = "s" + x if False else None
q = 0 + x
n = -x
x += y
print(sys.getrefcount(x), sys.getrefcount(y))
print([1, 2][x], "ab"[x:], f"{x}", format(x), x.missing)
print(sys.getrefcount(x), sys.getrefcount(y), sys.getrefcount(q))
