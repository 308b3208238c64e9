# what tracemalloc sees of * and ** calls: the **kwargs dict and the *args
# tuple are allocated on the def's call line inside the callee; the tuple
# CALL_FUNCTION_EX makes from a list, on the caller's line
import tracemalloc, gc
gc.collect()
def keep(*args, **kwargs):
    return args, kwargs
tracemalloc.start()
s0 = tracemalloc.take_snapshot()
held = keep(1, 2, 3, a=1, b=2)
xs = [1, 2, 3, 4]
held2 = keep(*xs, **{'c': 3})
s1 = tracemalloc.take_snapshot()
for stat in s1.compare_to(s0, 'lineno')[:6]:
    print(stat.traceback[0].lineno, stat.size_diff, stat.count_diff)
cur, peak = tracemalloc.get_traced_memory()
print(cur > 0, peak >= cur)
tracemalloc.stop()
