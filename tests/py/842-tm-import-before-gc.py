# tracemalloc imported before gc: the import's collections come from a
# lower count (gc's own import has not run yet), so they fall at other
# points of its allocations and leave another count behind.
import tracemalloc
import gc
print(gc.get_count())
print(gc.collect())
x = [[i] for i in range(10)]
print(gc.get_count())
