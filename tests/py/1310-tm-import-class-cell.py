# functools.py's pure-Python partial, dropped by `import tracemalloc`
# (replaced by _functools'), has a `__class__` cell made before its class
# body runs and pointing at the class once it is made.  When a young
# collection during the import finds the class, its dict, mro and
# descriptors young but the cell already in generation 1, python3 finds
# them reachable from the cell and collects none of them: they wait for
# the program's collect(), and the count after the import goes on from
# the earlier collection.
import gc
gc.collect()
for _ in range(2):
    junk = [[] for _ in range(700)]
keep = [[] for _ in range(357)]
import tracemalloc
print(gc.get_count())
print(gc.collect())
print(gc.collect())
