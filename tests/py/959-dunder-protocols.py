class V:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return self.x == o.x
    def __hash__(self):
        return hash(self.x)
    def __repr__(self):
        return "V(%d)" % self.x
    def __lt__(self, o):
        return self.x < o.x
    def __len__(self):
        return self.x
    def __bool__(self):
        return self.x != 3
    def __add__(self, o):
        return V(self.x + o.x)
    def __getitem__(self, i):
        if i >= self.x: raise IndexError(i)
        return i * 10
    def __contains__(self, v):
        return v == 99
    def __call__(self, *a):
        return sum(a) + self.x
vs = {V(1), V(2), V(1)}
print(len(vs), sorted(vs), V(1) in vs, {V(2): "two"}[V(2)], sorted([V(3), V(1), V(2)]))
print(len(V(4)), bool(V(3)), bool(V(0)), V(1) + V(2), list(V(3)), 99 in V(1), 5 in V(1), V(10)(1, 2))
print(max(V(5), V(7)), min([V(5), V(2)]), V(2) != V(2), V(2) == V(3))
class W(V):
    def __repr__(self):
        return "W" + super().__repr__()
print(W(5), W(5) == V(5), hash(W(5)) == hash(5), type(W(1) + W(2)).__name__)
class NoHash:
    def __eq__(self, o): return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
class S:
    def __str__(self): return "str!"
print(S(), str(S()), f"{S()}", [S()][0].__str__(), "%s" % S())
