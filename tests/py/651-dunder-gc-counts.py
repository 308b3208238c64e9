import gc
class V:
    def __init__(self, a): self.a = a
    def __add__(self, o): return V(self.a + o.a)
    def __mul__(self, k): return V(self.a * k)
    def __neg__(self): return V(-self.a)
    def __getattr__(self, n): return n
    def __format__(self, s): return "v"
    def m(self): return 1
class H:
    def __eq__(self, o): return True
gc.disable()
v = V(1)
def delta(f):
    gc.collect()
    before = gc.get_count()
    f()
    after = gc.get_count()
    return tuple(a - b for a, b in zip(after, before))
print("add", delta(lambda: v + v))
print("mul", delta(lambda: v * 3))
print("neg", delta(lambda: -v))
print("getattr hook", delta(lambda: v.zzz))
print("method via hook", delta(lambda: v.m()))
print("format", delta(lambda: format(v, "x")))
print("fstring", delta(lambda: f"{v}"))
print("hasattr", delta(lambda: hasattr(H(), "q")))
print("getattr default", delta(lambda: getattr(H(), "q", 1)))
print("hash none", H.__hash__, "__hash__" in H.__dict__, len(H.__dict__))
def bad():
    try:
        hash(H())
    except TypeError:
        pass
print("unhashable", delta(bad))
class W:
    pass
w = W()
print("ga", delta(lambda: getattr(w, 'q', 1)))
print("ga", delta(lambda: getattr(w, 'q', 1)))
print("hasattr", delta(lambda: hasattr(w, 'q')))
def f():
    try:
        w.q
    except AttributeError:
        pass
print("attrerr", delta(f))
print("attrerr", delta(f))
