# Classroom: tracemalloc measures 1000 dict-based objects against 1000 slotted ones.
import tracemalloc, sys
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class SPoint:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
tracemalloc.start()
m0, _ = tracemalloc.get_traced_memory()
pts = [Point(i, i) for i in range(1000)]
m1, _ = tracemalloc.get_traced_memory()
spts = [SPoint(i, i) for i in range(1000)]
m2, _ = tracemalloc.get_traced_memory()
print("dict-based", m1 - m0)
print("slots", m2 - m1)
print(sys.getsizeof(pts[0]), sys.getsizeof(spts[0]))
pts[0].z = 1
m3, _ = tracemalloc.get_traced_memory()
print("add attr", m3 - m2)
del pts
m4, _ = tracemalloc.get_traced_memory()
print("freed", m2 - m4)
snap = tracemalloc.take_snapshot()
for s in snap.statistics("lineno")[:3]:
    print(s.traceback[0].lineno, s.count, s.size)
