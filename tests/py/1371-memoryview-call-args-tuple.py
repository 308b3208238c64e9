# memoryview has no vectorcall in CPython 3.11: calling the type goes
# through _PyObject_MakeTpCall, which packs the argument into a tuple.
# After a full collection has emptied the tuple free lists, that tuple is
# a new 48-byte GC allocation: tracemalloc and gc.get_count() see it.
# Found by gen.py's memview feature (fuzzing, stop 29).
import gc
import tracemalloc
tracemalloc.start()
b = bytearray(b'12345678')
gc.collect()
c0 = tracemalloc.get_traced_memory()[0]
n0 = gc.get_count()[0]
m = memoryview(b)
print(tracemalloc.get_traced_memory()[0] - c0, gc.get_count()[0] - n0)
gc.collect()
c0 = tracemalloc.get_traced_memory()[0]
m2 = memoryview(object=m)
print(tracemalloc.get_traced_memory()[0] - c0, m2.tobytes())
