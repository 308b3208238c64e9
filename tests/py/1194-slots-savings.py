# __slots__ savings measured with tracemalloc.
import sys, tracemalloc

class WithDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class WithSlots:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

def measure(cls, n=1000):
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    objs = [cls(i, i) for i in range(n)]
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return after - before, objs

a = WithDict(1, 2)
b = WithSlots(1, 2)
print("getsizeof dict instance:", sys.getsizeof(a), "+", sys.getsizeof(a.__dict__))
print("getsizeof slots instance:", sys.getsizeof(b))
print(hasattr(b, '__dict__'))
size_d, _ = measure(WithDict)
size_s, _ = measure(WithSlots)
print("1000 with __dict__:", size_d)
print("1000 with __slots__:", size_s)
print("saving per object:", (size_d - size_s) // 1000)
try:
    b.z = 3
except AttributeError as e:
    print("AttributeError:", e)
