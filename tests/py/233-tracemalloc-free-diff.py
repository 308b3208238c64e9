# compare_to after freeing: the line that owned the memory shows a negative size_diff
import tracemalloc
tracemalloc.start()
blob = [1] * 300000
first = tracemalloc.take_snapshot()
blob = None
second = tracemalloc.take_snapshot()
diffs = second.compare_to(first, "lineno")
mine = [d for d in diffs if d.traceback[0].lineno == 4 and d.size_diff < 0]
print(len(mine) >= 1)
drops = sorted(d.size_diff for d in diffs)
print(drops[0] <= -2400000)  # True: 300000 pointers gone
tracemalloc.stop()
