# Finding a "leak": a cache that keeps growing, spotted by comparing snapshots in a loop.
import tracemalloc

cache = {}
def handle(request):
    key = "req-" + str(request)
    if key not in cache:
        cache[key] = [request] * 4
    return len(cache[key])

tracemalloc.start()
base = tracemalloc.take_snapshot()
for round_ in range(3):
    for r in range(round_ * 50, round_ * 50 + 50):
        handle(r)
    snap = tracemalloc.take_snapshot()
    diffs = snap.compare_to(base, "lineno")
    grow = [d for d in diffs if d.size_diff > 0]
    print("round", round_, "lines growing:", len(grow))
    for d in grow[:3]:
        print("  ", d.traceback[0].lineno, d.size_diff, d.count_diff)
    cur, peak = tracemalloc.get_traced_memory()
    print("  current", cur)
cache.clear()
cur, peak = tracemalloc.get_traced_memory()
print("after clear", cur)
stats = tracemalloc.take_snapshot().statistics("filename")
print(len(stats), stats[0].count, stats[0].size)
tracemalloc.stop()
