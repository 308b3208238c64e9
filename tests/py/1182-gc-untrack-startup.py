# What collections untrack: a tuple holding only static types (a class's
# __bases__, a tuple of builtin types) holds nothing a collection could
# track (static types are no GC objects); among the interpreter's own
# objects, the first collection to examine generation 1 untracks 15 tuples,
# the first full one 4 dicts, the next the tuple that held 10 of those
# (gc.get_freeze_count() counts what is left).
import gc


def frozen():
    gc.freeze()
    n = gc.get_freeze_count()
    gc.unfreeze()
    return n


class A:
    pass


t = tuple([int, str, A])
u = tuple([int, str])
print(gc.is_tracked(A.__bases__), gc.is_tracked(t), gc.is_tracked(u))
gc.collect(0)
print(gc.is_tracked(A.__bases__), gc.is_tracked(t), gc.is_tracked(u))
gc.collect(1)
print(gc.is_tracked(A.__bases__), gc.is_tracked(t))
print(frozen())
gc.collect(1)
print(frozen())
gc.collect()
print(frozen())
gc.collect()
print(frozen())
