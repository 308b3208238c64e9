# `import tracemalloc` runs thousands of allocations (pickle, re, enum,
# collections, functools...): generation 0 passes its threshold several
# times during the import, so the collector runs there, five young
# collections and one of generation 1, and the classes the import
# replaces with their C versions are left as cyclic garbage, most of it
# freed by those collections; pickle's three exception classes are left
# for the program's first collect().
import gc
print(gc.get_count())
import tracemalloc
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
print(gc.collect())
