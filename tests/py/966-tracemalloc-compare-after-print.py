import tracemalloc
tracemalloc.start()
s1 = tracemalloc.take_snapshot()
data = [str(i) * 3 for i in range(1000)]
more = {i: [i] for i in range(200)}
s2 = tracemalloc.take_snapshot()
for st in s2.compare_to(s1, "lineno")[:3]:
    print(str(st).split("/")[-1])
cur, peak = tracemalloc.get_traced_memory()
print(cur > 0, peak >= cur)
for st in s2.statistics("lineno"):
    print(str(st).split("/")[-1])
del data
s3 = tracemalloc.take_snapshot()
for st in s3.compare_to(s2, "lineno"):
    print(str(st).split("/")[-1])
tracemalloc.stop()
print(tracemalloc.get_traced_memory())
