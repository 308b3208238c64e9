# The first `import gc` after tracemalloc.start(): what importlib and
# gcmodule.c's module creation keep (the module and its dict, 18 functions
# and their names, the spec, the doc string, the module state) stays traced.
import tracemalloc
tracemalloc.start()
s1 = tracemalloc.take_snapshot()
import gc
s2 = tracemalloc.take_snapshot()
old = {}
for t in s1.traces._traces:
    old[t[1]] = old.get(t[1], 0) + 1
new = []
for t in s2.traces._traces:
    if old.get(t[1], 0):
        old[t[1]] -= 1
    else:
        new.append(t[1])
print(len(new), sum(new))
print(sorted(new))
print(sorted(k for k, n in old.items() for i in range(n)))
import gc
print(gc.get_count()[1:], gc.isenabled())
