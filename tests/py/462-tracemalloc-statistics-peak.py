import tracemalloc
tracemalloc.start()
# x and the snapshot on one line: every trace has the same traceback, so the
# statistics do not depend on the order python3's _Py_hashtable lists traces
# in (which moves with the addresses, so with the script's path: 966)
x = [0] * 100; s = tracemalloc.take_snapshot()
before = tracemalloc.get_traced_memory()
st = s.statistics("lineno")
after = tracemalloc.get_traced_memory()
print(before, after, [(stat.traceback[0].lineno, stat.size, stat.count) for stat in st])
# What asking costs: statistics() allocates while it runs, so the peak after
# it is above the current (a list(values) rounded to even, the bound
# __length_hint__ of tuple(reversed(frames)), Traceback.__hash__'s int).
