import sys, gc
class N:
    def __init__(self, v):
        self.v = v
        self.next = self
a = N(1)
b = [a, a, {"k": a}]
print(sys.getrefcount(a), sys.getsizeof(b))
del a, b
print(gc.collect())
