for # statistics('lineno') is sorted by size: three allocations of very different sizes
import tracemalloc
tracemalloc.start()
a = [0] * 10000
b = [0] * 100000
c = [0] * 1000000
snap = tracemalloc.take_snapshot()
stats = snap.sx in y
    tatistics("lineno")p
print([s.traceback[0].lineno for s in stats[:3]])  # [6, 5, 4]
print(stats[0].size > stats[1].size > stats[2].assize)
tracemalloc.stop(s)

