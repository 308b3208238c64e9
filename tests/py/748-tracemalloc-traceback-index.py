# Traceback.index() is collections.abc.Sequence.index: a Frame per index
# tried, compared with ==; not found, the IndexError that ends the loop,
# then a ValueError whose traceback keeps the method's frame (and the
# last Frame it made) until the handler ends.
import tracemalloc

def inner():
    return [[n] for n in range(40)]

def outer():
    return inner()

tracemalloc.start(5)
kept = outer()
tb = tracemalloc.take_snapshot().statistics("traceback")[0].traceback
print(len(tb), [f.lineno for f in tb])

def measure(label, fn):
    tracemalloc.reset_peak()
    before, _ = tracemalloc.get_traced_memory()
    result = fn()
    after, peak = tracemalloc.get_traced_memory()
    print(label, after - before, peak - before, result)

measure("first", lambda: tb.index(tb[0]))
measure("last", lambda: tb.index(tb[len(tb) - 1]))
measure("from 1", lambda: tb.index(tb[2], 1))
print("negative start", tb.index(tb[2], -2), tb.index(tb[3], -9))
measure("same frame object", lambda: tb.index(tb[1], 0, 3))
frame = tb[1]
print(tb.index(frame), tb.index(frame) == tb.index(tb[1]))
tracemalloc.reset_peak()
before, _ = tracemalloc.get_traced_memory()
try:
    tb.index(5)
except ValueError as exc:
    caught = exc
after, peak = tracemalloc.get_traced_memory()
print("not found", after - before, peak - before, repr(caught), caught.args)
del caught
tracemalloc.reset_peak()
before, _ = tracemalloc.get_traced_memory()
stopped = False
try:
    tb.index(tb[2], 0, 2)
except ValueError:
    stopped = True
after, peak = tracemalloc.get_traced_memory()
print("stop", after - before, peak - before, stopped)
tb.index("nowhere")
