# 500 lists kept before the import: the count starts near the threshold,
# so the import's collections come early and find the garbage later or
# sooner than from a fresh start; generation 1 is collected once.
import gc
keep = [[i] for i in range(500)]
print(gc.get_count())
import tracemalloc
print(gc.get_count())
print(gc.collect())
print(len(keep))
