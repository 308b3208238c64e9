# How high str() of tracemalloc's Frame, Traceback, Statistic and
# StatisticDiff takes the traced peak: _format_size's "%.1f %s" % ...,
# the format's writer buffer, str(traceback) inside it, the average's
# text += (in place once the method's code is quickened, at its 8th call).
import gc
import tracemalloc
gc.collect()
tracemalloc.start()
before = tracemalloc.take_snapshot()
names = [f"student{i}" for i in range(500)]
one = [1, 2, 3]
after = tracemalloc.take_snapshot()
diffs = after.compare_to(before, "lineno")
stats = after.statistics("lineno")
tb = stats[0].traceback
frame = tb[0]

def above_final(f):
    tracemalloc.reset_peak()
    r = f()
    a, p = tracemalloc.get_traced_memory()
    return p - a

for i in range(10):
    print(i, above_final(lambda: str(frame)), above_final(lambda: str(tb)),
          above_final(lambda: str(stats[0])), above_final(lambda: str(stats[1])),
          above_final(lambda: str(diffs[1])))
print(str(stats[0]).split(": ", 1)[1])
print(str(diffs[1]).split(": ", 1)[1])
tracemalloc.stop()
