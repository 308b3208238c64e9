# A whole compare_to listing, the import after a collection and some
# objects freed between them (the import digs into the free lists first).
import gc
gc.collect()
tmp = [(i,) for i in range(30)] + [[i] for i in range(5)]
del tmp
import tracemalloc
tracemalloc.start()
keep = [(i, i) for i in range(40)]
first = tracemalloc.take_snapshot()
more = [{'x': i, 'y': i} for i in range(12)]
del keep[::2]
floats = [i * 0.5 for i in range(30)]
second = tracemalloc.take_snapshot()
for st in second.compare_to(first, 'lineno'):
    print(str(st).split("/")[-1])
