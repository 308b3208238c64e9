class Counter:
    def __init__(self): self.counts = {}
    def add(self, k): self.counts[k] = self.counts.get(k, 0) + 1; return self
    def __getitem__(self, k): return self.counts.get(k, 0)
    def __setitem__(self, k, v): self.counts[k] = v
    def __delitem__(self, k): del self.counts[k]
    def __len__(self): return len(self.counts)
    def __iter__(self): return iter(self.counts)
    def __contains__(self, k): return k in self.counts
    def __or__(self, o):
        r = Counter()
        for d in (self, o):
            for k in d: r[k] = max(r[k], d[k])
        return r
    def __and__(self, o):
        r = Counter()
        for k in self:
            if k in o: r[k] = min(self[k], o[k])
        return r
    def __repr__(self): return "Counter(%r)" % self.counts
c = Counter()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(c, c["the"], c["dog"], len(c), "cat" in c)
c["dog"] = 4
del c["bat"]
print(c)
try:
    del c["zzz"]
except KeyError as e:
    print("KeyError", e)
d = Counter(); d["the"] = 1; d["dog"] = 9; d["eel"] = 2
print(c | d, c & d)
x = c
x |= d
print(x is c, x)
class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y][x]
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y][x] = v
    def __delitem__(self, pos):
        self[pos] = 0
    def __str__(self):
        return "\n".join("".join(".#"[c] for c in row) for row in self.cells)
    def neighbours(self, x, y):
        return sum(self[(x + dx) % self.w, (y + dy) % self.h] for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    def step(self):
        g = Grid(self.w, self.h)
        for y in range(self.h):
            for x in range(self.w):
                n = self.neighbours(x, y)
                g[x, y] = 1 if n == 3 or (n == 2 and self[x, y]) else 0
        return g
g = Grid(6, 6)
for p in [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]:
    g[p] = 1
for i in range(3):
    g = g.step()
print(g)
del g[2, 3]
print(g[2, 3], g[3, 3])
try:
    g["ab"] = 1
except ValueError as e:
    print(e)
class RO:
    def __getitem__(self, k): return k
try:
    RO()[1] = 2
except TypeError as e:
    print(e)
class OnlySet:
    def __setitem__(self, k, v): pass
try:
    del OnlySet()[1]
except AttributeError as e:
    print("AttributeError", e)
