# Iterating snapshot.traces runs collections.abc.Sequence.__iter__ (and
# reversed() Sequence.__reversed__): a generator calling
# _Traces.__getitem__, one new Trace per item, until self._traces[i]
# raises IndexError (list_item's static message) and the generator
# returns.  What that allocates shows in the traced memory, its peak and
# the collector's count.
import gc
import tracemalloc

tracemalloc.start()
keep = [bytes(100), "a" * 200, (1, 2, 3)]
snap = tracemalloc.take_snapshot()
gc.collect()
n0 = gc.get_count()[0]
before = tracemalloc.get_traced_memory()[0]
tracemalloc.reset_peak()
traces = list(snap.traces)
now, peak = tracemalloc.get_traced_memory()
print(len(traces) == len(snap.traces), now - before, peak - before, gc.get_count()[0] - n0)
print(sorted(t.size for t in traces)[-3:], gc.get_count()[0] - n0)
rev = list(reversed(snap.traces))
print([t.size for t in rev] == [t.size for t in reversed(traces)], gc.get_count()[0] - n0)
for i, t in enumerate(snap.traces):
    if i == 1:
        break
print(gc.get_count()[0] - n0, tracemalloc.get_traced_memory()[0] - before)
del traces, rev, t
snap2 = tracemalloc.take_snapshot()
tracemalloc.stop()
for st in snap2.statistics("lineno")[:8]:
    frame = st.traceback[0]
    print(frame.filename.rsplit("/", 1)[-1], frame.lineno, st.size, st.count)
