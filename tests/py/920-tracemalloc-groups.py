# statistics() and compare_to() over many traces per line: _group_by's
# KeyErrors take 1-tuples from the free list (parked there by the script),
# its dicts come from the dict free list, the sort's keys from the 3- and
# 5-tuple lists; the script's lines lose those entries as python3's do.
import tracemalloc
tracemalloc.start()

def ones(n):
    return [(i,) for i in range(n)]

def show(stats, limit=12):
    for st in stats[:limit]:
        print(str(st).split('/')[-1])
    print('--', len(stats))

a = ones(30)
b = [{'k': i} for i in range(12)]
c = [(i, i, i) for i in range(40)]
del a[:10]
del b[:4]
del c[30:]
d = [str(i) * 3 for i in range(25)]
snap1 = tracemalloc.take_snapshot()
show(snap1.statistics('lineno'))
del a[:5]
e = [[i] for i in range(20)]
snap2 = tracemalloc.take_snapshot()
show(snap2.compare_to(snap1, 'lineno'), 20)
show(snap2.statistics('filename'))
show(snap2.compare_to(snap1, 'filename'))
del c[::2]
f = [(i, -i) for i in range(15)]
snap3 = tracemalloc.take_snapshot()
show(snap3.compare_to(snap2, 'lineno'), 30)
show(snap3.statistics('traceback'), 30)
print(tracemalloc.get_traced_memory()[0] > 0)
