# A dunder of a builtin object fetched as an attribute is a method-wrapper
# (a new 48-byte object each time); calling it later goes through
# _PyObject_MakeTpCall, which packs the arguments into a tuple that ends on
# the tuple free list.
import gc
import sys
import tracemalloc

data = [3, 1, 2]
length = data.__len__
contains = data.__contains__
add = (5).__add__
print(type(length).__name__, sys.getsizeof(length), gc.is_tracked(length))
gc.collect()
tracemalloc.start()
n = length()
found = contains(2)
total = add(10)
for st in tracemalloc.take_snapshot().statistics("lineno"):
    line = str(st).split("/")[-1]
    if not line.startswith("tracemalloc.py"):
        print(line)
tracemalloc.stop()
print(n, found, total)
gc.collect()
before = gc.get_count()[0]
checks = [contains(x) for x in range(4)]
print(checks, gc.get_count()[0] - before)
print(length is data.__len__, length == data.__len__, length.__self__ is data)
