# How high repr() of tracemalloc's objects takes the traced peak: Frame's
# and Trace's %r formats run as f-strings (optimize_format), Traceback's
# f"<Traceback {tuple(self)}" iterates the Sequence and reprs each Frame,
# Statistic's and StatisticDiff's % of a tuple runs Traceback.__repr__
# inside it, _Traces' "<Traces len=%s>" % len(self) formats an int.
# The objects picked are snapshot.py's own (tracemalloc.py's lines), so
# nothing printed depends on where this script lives.
import gc
import tracemalloc
gc.collect()
tracemalloc.start()
first = tracemalloc.take_snapshot()
second = tracemalloc.take_snapshot()
def own(stat):
    return stat.traceback[0].filename.endswith("tracemalloc.py")
stat = [s for s in second.statistics("lineno") if own(s)][0]
diff = [d for d in second.compare_to(first, "lineno") if own(d)][0]
trace = max((t for t in second.traces if t.traceback == stat.traceback), key=lambda t: t.size)
frame = stat.traceback[0]

def above_final(f):
    tracemalloc.reset_peak()
    r = f()
    a, p = tracemalloc.get_traced_memory()
    return p - a

for i in range(10):
    print(i, above_final(lambda: repr(frame)), above_final(lambda: repr(stat.traceback)),
          above_final(lambda: repr(stat)), above_final(lambda: repr(diff)),
          above_final(lambda: repr(trace)), above_final(lambda: str(trace)),
          above_final(lambda: repr(second.traces)))
print(repr(frame))
print(repr(stat))
print(repr(diff))
print(repr(trace))
print(str(trace), repr(second.traces))
tracemalloc.stop()
