# tracemalloc's Python functions bind their arguments as initialize_locals does: an unknown
# keyword is refused before the positional count (too_many_positional), in get_object_traceback too.
import tracemalloc
for f in (lambda: tracemalloc.get_object_traceback(1, 2, zz=3), lambda: tracemalloc.get_object_traceback(1, 2),
          lambda: tracemalloc.get_object_traceback(1, obj=2), lambda: tracemalloc.get_object_traceback(),
          lambda: tracemalloc.take_snapshot(1), lambda: tracemalloc.take_snapshot(1, 2), lambda: tracemalloc.take_snapshot(1, zz=2)):
    try:
        f()
    except TypeError as e:
        print(e)
