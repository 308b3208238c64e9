# A cycle the program drops before the import is young garbage: the
# import's first young collection frees it with the import's own.
import gc
class A:
    pass
a = A()
a.me = a
del a
print(gc.get_count())
import tracemalloc
print(gc.get_count())
print(gc.collect())
