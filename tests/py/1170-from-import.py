# `from M import a, b as c` as CPython 3.11 runs it: IMPORT_NAME with the
# fromlist (the module's __path__ looked up: an AttributeError made and
# cleared, seen in the peak), IMPORT_FROM per name (the very objects), the
# stores; gc's first import made by a from-import; refcounts after it; a
# from-import in a function (its code's size and frame).
from sys import getsizeof, getrefcount as grc
import sys
print(getsizeof is sys.getsizeof, grc is sys.getrefcount, grc(getsizeof), grc(grc), grc(sys))
import tracemalloc
tracemalloc.start()
a = b = 0
tracemalloc.reset_peak()
from sys import intern
print(tracemalloc.get_traced_memory(), grc(intern))
tracemalloc.reset_peak()
from gc import collect as co, get_count
print(tracemalloc.get_traced_memory(), grc(co))
tracemalloc.reset_peak()
from tracemalloc import get_traced_memory as gtm, reset_peak
print(tracemalloc.get_traced_memory(), gtm is tracemalloc.get_traced_memory, grc(gtm))
def f():
    from sys import getrefcount as g, getsizeof
    return g(getsizeof)
print(f(), getsizeof(f.__code__), f())
import gc
print(co is gc.collect, get_count is gc.get_count, grc(gc))
print(sorted(k for k in globals() if not k.startswith('__')))
