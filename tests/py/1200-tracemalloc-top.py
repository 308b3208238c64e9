# A tracemalloc "top" report of a workload.
import tracemalloc

tracemalloc.start()
snap1 = tracemalloc.take_snapshot()
words = [str(i) * 3 for i in range(2000)]
table = {w: len(w) for w in words}
pairs = [(i, i + 1) for i in range(500)]
snap2 = tracemalloc.take_snapshot()
stats = snap2.statistics('lineno')
for stat in stats[:3]:
    frame = stat.traceback[0]
    print(frame.lineno, stat.size // 1024, "KiB", stat.count)
print("---")
for diff in snap2.compare_to(snap1, 'lineno')[:3]:
    print(diff.traceback[0].lineno, diff.size_diff > 0, diff.count_diff)
current, peak = tracemalloc.get_traced_memory()
print(current <= peak)
tracemalloc.stop()
