# A __del__ that resurrects its object (PEP 442): it runs once, and
# gc.is_finalized says so -- set after __del__ when a refcount drop runs it,
# before it when the collector does.
import gc
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, gc.is_finalized(self))
        saved.append(self)
p = Phoenix("bird")
print(gc.is_finalized(p), gc.is_finalized(1), gc.is_finalized([]))
del p
print("saved:", [x.name for x in saved], gc.is_finalized(saved[0]))
p = saved.pop()
del p
print("second del ran?", len(saved))
a = Phoenix("a"); b = Phoenix("b")
a.o = b; b.o = a
del a, b
print(gc.collect())
print(sorted(x.name for x in saved), [gc.is_finalized(x) for x in saved])
def gen():
    yield 1
g = gen()
next(g)
print(gc.is_finalized(g))
for args in [(), (1, 2)]:
    try:
        gc.is_finalized(*args)
    except TypeError as e:
        print(e)
