# tracemalloc.start() right after the import: the import's garbage was
# made before tracing began, so collecting it frees untraced blocks.
import gc
import tracemalloc
tracemalloc.start()
print(gc.get_count())
print(gc.collect())
data = [str(i) * 3 for i in range(20)]
print(gc.get_count())
current, peak = tracemalloc.get_traced_memory()
print(current > 0, peak >= current)
tracemalloc.stop()
