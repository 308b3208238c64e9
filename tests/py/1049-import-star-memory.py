# from gc import * as import_all_from runs it: the __all__ lookup's
# AttributeError made and cleared, a list of all 30 keys of gc's __dict__
# (freed after), then 25 names stored in the globals, which grow as
# python3's do: traced sizes, the peak the keys list adds, and the
# collector's counts.
import gc, sys, tracemalloc
gc.disable()
tracemalloc.start()
g0 = sys.getsizeof(globals())
base = tracemalloc.get_traced_memory()[0]
count = gc.get_count()
from gc import *
now, peak = tracemalloc.get_traced_memory()
print(sys.getsizeof(globals()) - g0, now - base, peak - base, gc.get_count(), count)
del enable, disable
print(sys.getsizeof(globals()) - g0, tracemalloc.get_traced_memory()[0] - base)
