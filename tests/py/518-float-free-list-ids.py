# floats come back from a LIFO free list: a freed float's id is reused
import gc
gc.collect()  # empties the free lists, so the run does not depend on start-up
def f(x):
    return x * 2.0
a = f(1.5)
ida = id(a)
del a
b = f(2.5)
print(id(b) == ida)
c = [f(i) for i in range(3)]
ids = [id(v) for v in c]
del c
d = f(9.0)
print(id(d) == ids[0], id(d) == ids[-1])
