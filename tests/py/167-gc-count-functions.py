# gc counts of calls: ordinary calls allocate no frame objects; closures and generators allocate
import gc
def plain(n):
    return n + 1
def outer():
    v = 1
    def inner():
        return v
    return inner
def gen():
    yield 1
gc.collect()
gc.get_count()
c0 = gc.get_count()[0]
for i in range(100):
    plain(i)
c1 = gc.get_count()[0]
f = outer()
c2 = gc.get_count()[0]
g = gen()
c3 = gc.get_count()[0]
del f
c4 = gc.get_count()[0]
del g
c5 = gc.get_count()[0]
print(c1 - c0)  # 0
print(c2 - c1)  # 3: cell, closure tuple, function
print(c3 - c2)  # 1: the generator (its frame is inside it)
print(c4 - c3)  # -2: function and cell freed; the 1-tuple goes to its free list
print(c5 - c4)  # -1
