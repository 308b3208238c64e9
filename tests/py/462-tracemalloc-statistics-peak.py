import tracemalloc
tracemalloc.start()
x = [0] * 100
print(tracemalloc.get_traced_memory())
s = tracemalloc.take_snapshot()
print(tracemalloc.get_traced_memory())
st = s.statistics("lineno")
print(tracemalloc.get_traced_memory())
for stat in st[:2]:
    print(stat.traceback[0].lineno, stat.size, stat.count)
print(tracemalloc.get_traced_memory())
s2 = tracemalloc.take_snapshot()
print(tracemalloc.get_traced_memory())
d = s2.compare_to(s, "lineno")
print(tracemalloc.get_traced_memory())
for stat in d[:2]:
    print(stat.traceback[0].lineno, stat.size_diff, stat.count_diff)
print(tracemalloc.get_traced_memory())
# What asking costs: statistics() and compare_to() allocate while they run, so the
# peak after them is above the current (a list(values) rounded to even, the bound
# __length_hint__ of tuple(reversed(frames)), Traceback.__hash__'s int).
