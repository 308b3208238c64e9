# Thresholds of (700, 1, 1): the import's collections reach generation 2,
# whose full collection empties the free lists in the middle of it.
import gc
gc.set_threshold(700, 1, 1)
print(gc.get_threshold())
import tracemalloc
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
