# Snapshot.compare_to: positive size_diff for the line that allocated between two snapshots
import tracemalloc
tracemalloc.start()
keep = []
before = tracemalloc.take_snapshot()
keep.append([0] * 50000)
after = tracemalloc.take_snapshot()
diffs = after.compare_to(before, "lineno")
top = diffs[0]
print(top.traceback[0].lineno)  # 6
print(top.size_diff > 0, top.size_diff >= 400000, top.count_diff >= 1)
print(top.size >= top.size_diff)
tracemalloc.stop()
