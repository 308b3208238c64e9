# str() of a tracemalloc Trace: "%s: %s" % (self.traceback, _format_size(...))
# runs as an f-string (ast_opt.c's optimize_format): the traceback property
# makes a new Traceback each time, whose str() makes a Frame, then the join.
import gc
import tracemalloc
gc.collect()
tracemalloc.start()
def make(n):
    return [str(i) * 3 for i in range(n)]
data = make(50)
snap = tracemalloc.take_snapshot()
biggest = max(snap.traces, key=lambda t: t.size)
print(biggest.size, biggest.traceback[0].lineno)

def above_final(f):
    tracemalloc.reset_peak()
    r = f()
    a, p = tracemalloc.get_traced_memory()
    return p - a

for i in range(10):
    print(i, above_final(lambda: str(biggest)), str(biggest).split(": ", 1)[1])
tracemalloc.stop()
