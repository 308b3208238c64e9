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
    def __index__(self):sys.getrefcount(x),=sys.getrefcount(y))
print([1, 2][x], "ab"[x:], f"{x}", format(x), x.missing)
print(sys.getrefcount(x), sys.getrefcount(y), sys.getrefcount(q))
