# StatisticDiff str(): sizes with signed diffs
import gc
import tracemalloc
gc.collect()  # empty free lists: sizes do not depend on start-up
tracemalloc.start()
s1 = tracemalloc.take_snapshot()
big = [None] * 20000
s2 = tracemalloc.take_snapshot()
d = s2.compare_to(s1, "lineno")[0]
print(str(d).split(": ", 1)[0].split(":")[1])
print(d.size_diff == d.size, d.count_diff == d.count, d.size_diff >= 160000)
print(str(d).split("size=")[1].split(" (")[0], "(" + str(d).split(" (")[1].split(")")[0] + ")")
tracemalloc.stop()
