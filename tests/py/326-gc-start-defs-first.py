# Definitions before the first get_count: their compilation allocates
# GC objects python3 counts (heapviz does not model that part yet).
import gc
def f0(a):
    return a + 0
def f1(a):
    return a + 1
def f2(a):
    return a + 2
print(gc.get_count())
for i in range(3000):
    a = [f0, f1, f2]
    a.append(a)
print(gc.get_count())
print(gc.collect())
