# __new__ with __slots__, setting attributes before __init__ runs, a
# __del__ when __init__ fails after __new__ succeeded, and the memory of
# many instances made through __new__ (tracemalloc).
import tracemalloc, gc
class P:
    __slots__ = ("x", "y")
    def __new__(cls, x, y):
        self = super().__new__(cls)
        self.x = x
        return self
    def __init__(self, x, y):
        self.y = y
class D:
    def __new__(cls, fail):
        self = super().__new__(cls)
        self.fail = fail
        return self
    def __init__(self, fail):
        if fail:
            raise RuntimeError("init failed")
    def __del__(self):
        print("del", self.fail)
tracemalloc.start()
ps = [P(i, -i) for i in range(50)]
print(ps[7].x, ps[7].y, tracemalloc.get_traced_memory())
try:
    D(True)
except RuntimeError as e:
    print(e)
d = D(False)
del d
del ps
gc.collect()
print(tracemalloc.get_traced_memory()[0])
