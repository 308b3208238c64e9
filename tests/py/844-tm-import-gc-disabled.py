# With the collector off the import runs no collection: every tracked
# object it makes stays counted, and all its garbage (128 objects: the
# pure-Python OrderedDict, partial, attrgetter, itemgetter, methodcaller
# and their functions, pickle's exceptions, ...) waits for collect().
import gc
gc.disable()
import tracemalloc
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
gc.enable()
x = [(i, [i]) for i in range(50)]
print(gc.get_count())
print(gc.collect())
