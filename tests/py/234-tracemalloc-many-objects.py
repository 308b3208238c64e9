# tracemalloc counts many small allocations made on one line as one statistic
import tracemalloc
tracemalloc.start()
items = [str(i) * 3 for i in range(5000)]
snap = tracemalloc.take_snapshot()
stats = snap.statistics("lineno")
top = stats[0]
print(top.traceback[0].lineno)  # 4
print(top.count >= 5000, top.size >= 5000 * 50)
fname = top.traceback[0].filename
same_line = [s for s in stats if s.traceback[0].filename == fname and s.traceback[0].lineno == 4]
print(len(same_line))  # 1: all allocations of that line are grouped
tracemalloc.stop()
