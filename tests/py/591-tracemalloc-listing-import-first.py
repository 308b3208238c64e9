# The same listing with the import first, a collection after it (which
# empties the free lists again), then start().
import tracemalloc
import gc

def pairs(n):
    return [(i, -i) for i in range(n)]

junk = [[i, float(i)] for i in range(100)]
del junk
gc.collect()
tracemalloc.start()
p = pairs(25)
q = [float(i) / 3 for i in range(12)]
r = {str(i): [i] for i in range(9)}
snap = tracemalloc.take_snapshot()
for st in snap.statistics('lineno'):
    print(str(st).split("/")[-1])
print(len(snap.statistics('filename')))
