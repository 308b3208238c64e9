# What take_snapshot(), statistics() and compare_to() leave in the
# collector's young count: the Snapshot and _Traces instances, the
# Statistic and Traceback objects with their _frames tuples and Frames,
# _group_by's dicts and the result lists (tracemalloc.py's own objects,
# measured as differences: `import tracemalloc` itself loads thirty
# modules whose collections heapviz does not replay).
import gc
import tracemalloc
gc.collect()
gc.disable()
tracemalloc.start()
data = [[i] * 3 for i in range(30)]
text = 'x' * 5000
def nested(n):
    return [(n, n)] * n
pairs = [nested(k) for k in range(5)]
base = gc.get_count()
def delta():
    c = gc.get_count()
    return c[0] - base[0], c[1] - base[1], c[2] - base[2]
snap = tracemalloc.take_snapshot()
print('snapshot', delta())
for key in ('lineno', 'filename', 'traceback'):
    stats = snap.statistics(key)
    print(key, len(stats), delta())
    stats = snap.statistics(key, cumulative=key != 'traceback')
    print(key, 'cumulative', len(stats), delta())
later = tracemalloc.take_snapshot()
diffs = later.compare_to(snap, 'lineno')
print('compare_to', len(diffs), delta())
del stats, diffs, later
print('released', delta())
tracemalloc.stop()
del snap
print('stopped', delta())
gc.enable()
