# A multi-frame tracemalloc Traceback through the builtins that iterate:
# zip, enumerate, sorted, max, all, set, dict.fromkeys, str.join, nested
# loops, next() on fresh iterators (dropped suspended), `in`, a negative
# slice; what each leaves and its peak, as in python3.
import tracemalloc

def a():
    return b()

def b():
    return c()

def c():
    return [bytes(10) for _ in range(3)]

tracemalloc.start(8)
data = a()
tb = tracemalloc.take_snapshot().statistics("traceback")[0].traceback

def measure(label, fn):
    tracemalloc.reset_peak()
    before, _ = tracemalloc.get_traced_memory()
    result = fn()
    after, peak = tracemalloc.get_traced_memory()
    print(label, after - before, peak - before, result)

measure("zip", lambda: [(x.lineno, y.lineno) for x, y in zip(tb, tb)])
measure("enumerate", lambda: [(i, f.lineno) for i, f in enumerate(tb)])
measure("sorted", lambda: [f.lineno for f in sorted(tb)])
measure("max", lambda: max(tb).lineno)
measure("all", lambda: all(f.lineno > 0 for f in tb))
measure("set", lambda: len(set(tb)))
measure("dict", lambda: len(dict.fromkeys(tb)))
measure("join", lambda: ",".join(str(f.lineno) for f in tb))
measure("nested", lambda: sum(1 for f in tb for g in reversed(tb)))
measure("iter next", lambda: next(iter(tb)).lineno)
measure("rev next", lambda: next(reversed(tb)).lineno)
measure("in frames", lambda: [f in tb for f in tb[1:]])
measure("negative slice", lambda: [f.lineno for f in tb[-2:]])
