# `import tracemalloc` leaves pickle's three exception classes as garbage for the
# program's first generation-1 collection.  Freeing their __dict__s parks three small
# str-keyed keys tables (120 bytes each) on the keys free list, allocated before
# tracemalloc.start(): the three {'a': i} dicts after
# the fourteen tables the import itself left there reuse them untraced.
import gc
import tracemalloc

tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
print(gc.collect(1))
dicts = [{'a': i} for i in range(20)]
print(tracemalloc.get_traced_memory()[0] - base)
