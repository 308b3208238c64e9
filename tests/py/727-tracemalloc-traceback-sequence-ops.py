# A tracemalloc Traceback as a Sequence: list(), tuple(), reversed(),
# slicing (a tuple of new Frames), `in`, with what each allocates; hash().
import tracemalloc

def leaf():
    return {"k": [1, 2, 3]}

def middle():
    return leaf()

tracemalloc.start(4)
kept = middle()
snapshot = tracemalloc.take_snapshot()
tb = snapshot.statistics("traceback")[0].traceback
print(len(tb))

def measure(label, fn):
    tracemalloc.reset_peak()
    before, _ = tracemalloc.get_traced_memory()
    result = fn()
    after, peak = tracemalloc.get_traced_memory()
    print(label, after - before, peak - before)
    return result

frames = measure("list", lambda: list(tb))
print([f.lineno for f in frames])
print(measure("tuple", lambda: len(tuple(tb))))
back = measure("reversed", lambda: list(reversed(tb)))
print([f.lineno for f in back])
part = measure("slice", lambda: tb[1:3])
print(type(part).__name__, [f.lineno for f in part])
print(measure("step", lambda: [f.lineno for f in tb[::-1]]))
print(measure("empty", lambda: tb[5:9]))
print(measure("in", lambda: frames[0] in tb), tb[0] in tb, back[0] in tb)
# Not measured: hash(tb) makes an int whose size depends on the hash of the
# script's absolute path (PYTHONHASHSEED=0), so the peak would name where
# the repository lives.
print("hash", hash(tb) == hash(tb))
try:
    print(3 in tb)
except AttributeError as exc:
    print("AttributeError:", exc)
