# tracemalloc: where did the memory go? current/peak, top statistics by line, a compare.
import tracemalloc

tracemalloc.start()
snap1 = tracemalloc.take_snapshot()
names = [f"user{i}" for i in range(200)]
table = {n: len(n) for n in names}
blob = [[i] * 10 for i in range(50)]
snap2 = tracemalloc.take_snapshot()
cur, peak = tracemalloc.get_traced_memory()
print(cur > 0, peak >= cur)
for stat in snap2.statistics("lineno")[:4]:
    print(stat.traceback[0].lineno, stat.count, stat.size > 0)
print("--- compare")
for d in snap2.compare_to(snap1, "lineno")[:4]:
    print(d.traceback[0].lineno, d.count_diff, d.size_diff > 0)
del blob
snap3 = tracemalloc.take_snapshot()
for d in snap3.compare_to(snap2, "lineno")[:3]:
    print(d.traceback[0].lineno, d.count_diff, d.size_diff < 0)
total = sum(s.size for s in snap3.statistics("lineno"))
print(total > 0)
tracemalloc.stop()
print(tracemalloc.get_traced_memory())
