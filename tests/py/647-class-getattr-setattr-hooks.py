class Temperature:
    def __init__(self, c): self.c = c
    def __getattr__(self, name):
        if name == "f": return self.c * 9 / 5 + 32
        if name == "k": return self.c + 273.15
        raise AttributeError(f"'Temperature' object has no attribute '{name}'")
    def __setattr__(self, name, value):
        if name == "c" and value < -273.15: raise ValueError("below absolute zero")
        object.__setattr__(self, name, value)
t = Temperature(100)
print(t.c, t.f, t.k, getattr(t, "f"), hasattr(t, "x"), getattr(t, "x", "none"))
try:
    t.x
except AttributeError as e:
    print(e)
try:
    Temperature(-300)
except ValueError as e:
    print(e)
class Lazy:
    def __init__(self): self._cache = {}
    def __getattr__(self, name):
        if name.startswith("_"): raise AttributeError(name)
        print("computing", name)
        value = len(name) * 10
        setattr(self, name, value)
        return value
l = Lazy()
print(l.alpha, l.alpha, l.be, vars(l))
print(hasattr(l, "_x"), getattr(l, "_y", "default"), hasattr(l, "gamma"), l.gamma)
class Proxy:
    def __init__(self, target): self._target = target
    def __getattr__(self, name): return getattr(self._target, name)
    def __len__(self): return len(self._target)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, len(p), p.count(1), p.index(2))
try:
    p.nothing
except AttributeError as e:
    print(e)
class GA:
    def __getattribute__(self, name):
        if name == "secret": raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return "fallback " + name
g = GA(); g.secret = 1; g.open = 2
print(g.open, g.secret, g.other, hasattr(g, "secret"))
class Only:
    def __getattribute__(self, name): return name.upper()
print(Only().abc, getattr(Only(), "q", 0))
class Frozen:
    def __init__(self): object.__setattr__(self, "x", 1)
    def __setattr__(self, n, v): raise AttributeError(f"frozen: {n}")
    def __delattr__(self, n): raise AttributeError(f"frozen del: {n}")
fz = Frozen()
for f in (lambda: setattr(fz, "x", 2), lambda: delattr(fz, "x")):
    try:
        f()
    except AttributeError as e:
        print(e)
print(fz.x)
