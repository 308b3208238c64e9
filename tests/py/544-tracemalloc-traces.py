# snapshot.traces: len, indexing, Trace str/repr and attributes
import tracemalloc
tracemalloc.start()
x = [1] * 1000
s = tracemalloc.take_snapshot()
best = 0
for i in range(len(s.traces)):
    if s.traces[i].size > s.traces[best].size:
        best = i
t = s.traces[best]
print(repr(t).split("filename=")[0], repr(t).split("lineno=")[1])
print(str(t).split(":")[1:], t.size, t.domain, t.traceback.total_nframe, repr(t.traceback).split(">")[1:])
print(repr(s.traces)[:12], len(s.traces) >= 1, type(t).__name__)
