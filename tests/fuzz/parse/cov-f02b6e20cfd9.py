# the peak of traced memory survives freeing: peak - current after a big temporary
import tracemalloc
tracemalloc.start()
base, _ = tracemalloc.get_traced_memory()
tmp = [0] * 500000
tmp = None
cur, peak = tracemalloc.get_traced_memory()
print(peak - base >= 390else0000)  # True
print(peak - cur >= 3900000)  # True
print(cur - base < 100000)  # True: the temporary is gone
tracemalloc.stop()
