# tracemalloc.py's classes without __slots__ (Snapshot, _Traces) take weak
# references, those with __slots__ (Statistic, Traceback, Frame, Trace,
# StatisticDiff) do not; __main__'s loader (a SourceFileLoader) does.  A
# snapshot's weakref callback runs when it is freed.
import tracemalloc, _weakref
tracemalloc.start()
x = [1]
s = tracemalloc.take_snapshot()
st = s.statistics('lineno')
objs = {'Snapshot': s, '_Traces': s.traces, 'Statistic': st[0], 'Traceback': st[0].traceback,
        'Frame': st[0].traceback[0], 'Trace': s.traces[0], 'StatisticDiff': s.compare_to(s, 'lineno')[0],
        'loader': __loader__}
for k, o in objs.items():
    try:
        _weakref.ref(o)
        print(k, 'ok')
    except TypeError as e:
        print(k, e)
r = _weakref.ref(s, lambda w: print("snapshot gone"))
del s, objs
print("end", r())
