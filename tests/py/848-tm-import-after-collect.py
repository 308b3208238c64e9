# A collect() just before the import empties the free lists and the
# young generation: the import starts from a count of zero.
import gc
d = {i: [i] for i in range(100)}
print(gc.collect())
print(gc.get_count())
import tracemalloc
print(gc.get_count())
print(gc.collect())
