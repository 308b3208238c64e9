# A class hierarchy with and without __slots__: the sizes a student compares.
import sys
import gc

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class SlotPoint:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class SlotPoint3(SlotPoint):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Mixed(SlotPoint):
    def __init__(self, x, y):
        super().__init__(x, y)
        self.tag = "m"

objs = [Point(1, 2), SlotPoint(1, 2), Point3(1, 2, 3), SlotPoint3(1, 2, 3), Mixed(1, 2)]
for o in objs:
    name = type(o).__name__
    d = getattr(o, "__dict__", None)
    extra = sys.getsizeof(d) if d is not None else 0
    print(f"{name:10} {sys.getsizeof(o):4} {extra:4} {gc.is_tracked(o)}")
print(SlotPoint3.__slots__, hasattr(SlotPoint3(0, 0, 0), "__dict__"), hasattr(Mixed(0, 0), "__dict__"))
print(Mixed(5, 6).__dict__)
pts = [Point(i, i) for i in range(100)]
spts = [SlotPoint(i, i) for i in range(100)]
total = sum(sys.getsizeof(p) + sys.getsizeof(p.__dict__) for p in pts)
stotal = sum(sys.getsizeof(p) for p in spts)
print(total, stotal, round(total / stotal, 2))
p = Point(1, 2)
p.extra = 3
p.more = 4
print(sys.getsizeof(p.__dict__), p.__dict__)
del p.extra
print(sys.getsizeof(p.__dict__), vars(p))
