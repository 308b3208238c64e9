# Iterating a tracemalloc Traceback with a for loop: python3 runs
# collections.abc.Sequence.__iter__, a generator; each frame is a new Frame.
import sys
import gc
import tracemalloc

def make_list(n):
    return [i * 1000 for i in range(n)]

def outer():
    return make_list(50)

tracemalloc.start(5)
data = outer()
snapshot = tracemalloc.take_snapshot()
stats = snapshot.statistics("traceback")
stat = stats[0]
print(len(stat.traceback), stat.size, stat.count)
for frame in stat.traceback:
    print(frame.filename.endswith(".py"), frame.lineno, sys.getsizeof(frame))
it = iter(stat.traceback)
print(type(it).__name__, sys.getsizeof(it), gc.is_tracked(it))
first = next(it)
second = next(it)
print(first.lineno, second.lineno, id(first) != id(second))
del it
tracemalloc.reset_peak()
before, _ = tracemalloc.get_traced_memory()
for frame in stat.traceback:
    pass
after, peak = tracemalloc.get_traced_memory()
print("loop", after - before, peak - before)
del frame
done, _ = tracemalloc.get_traced_memory()
print("after del", done - before)
