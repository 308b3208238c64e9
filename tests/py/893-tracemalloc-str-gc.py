# str() of a tracemalloc Statistic or StatisticDiff runs tracemalloc.py's
# __str__: _format_size's loop iterator and str(self.traceback)'s Frame
# are GC objects made and freed on the way, which count toward a
# collection (and floats and tuples go through their free lists).
import gc
import tracemalloc
tracemalloc.start()
data = [[i] * 3 for i in range(30)]
big = 'x' * 50000
snap = tracemalloc.take_snapshot()
stats = snap.statistics('lineno')[:3]
gc.collect()
gc.disable()
c0 = gc.get_count()
texts = [str(st).split(':')[0][-6:] for st in stats]
c1 = gc.get_count()
print(texts, c1[0] - c0[0])
gc.enable()
gc.collect()
gc.set_threshold(5, 1000, 1000)
c0 = gc.get_count()
for st in stats:
    s = str(st)
c1 = gc.get_count()
gc.set_threshold(700, 10, 10)
print(c0, c1)
later = tracemalloc.take_snapshot()
diffs = later.compare_to(snap, 'lineno')[:2]
gc.set_threshold(3, 1000, 1000)
c0 = gc.get_count()
t = str(diffs[0])
t = str(diffs[0].traceback)
c1 = gc.get_count()
gc.set_threshold(700, 10, 10)
print(c1, c1[1] - c0[1])
tracemalloc.stop()
