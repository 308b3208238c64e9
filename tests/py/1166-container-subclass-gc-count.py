# gc.get_count() as list and dict subclasses are made: each instance is
# one GC allocation (PyType_GenericAlloc), their attribute dicts, item
# arrays and an __init__'s frame none more than python3's.
import gc
class S(list): pass
class D(dict): pass
class I(list):
    def __init__(self, x):
        super().__init__(x)
gc.collect()
print(gc.get_count())
a = S(); print(gc.get_count())
b = S([1, 2]); print(gc.get_count())
c = D(a=1); print(gc.get_count())
d = I((1,)); print(gc.get_count())
a.x = 1; print(gc.get_count())
c.y = {}; print(gc.get_count())
del a, b, c, d; print(gc.get_count())
e = D.fromkeys("abc"); print(gc.get_count())
f = S(x for x in range(3)); print(gc.get_count())
print(sorted(f), gc.get_count())
