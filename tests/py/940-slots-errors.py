class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
ps = [P(i, str(i)) for i in range(5)]
print(ps, P(1, '1') == ps[1], P(1, 1) == ps[1], ps[0] != ps[0])
try:
    ps[0].z = 3
except AttributeError as e:
    print("AE", e)
print(hasattr(P, '__dict__'), P.__slots__, type(P.x).__name__)
import sys
print(sys.getsizeof(ps[0]), sys.getrefcount(ps[2]))
del ps[0].x
try:
    print(ps[0].x)
except AttributeError as e:
    print(e)
print(P.__hash__ is None)
try:
    {ps[1]}
except TypeError as e:
    print(e)
