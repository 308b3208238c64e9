# tracemalloc: the biggest allocation is attributed to the line that made it
import tracemalloc
tracemalloc.start()
small = [1, 2, 3]
big = [0] * 200000
snapshot = tracemalloc.take_snapshot()
stats = snapshot.statistics("lineno")
top = stats[0]
print(top.traceback[0].lineno)  # 5
print(top.size >= 200000 * 8, top.count >= 1)
print(type(stats).__name__, len(stats) > 0)
tracemalloc.stop()
