# python3 parks one 20-tuple during start-up: maybe_freelist_push takes
# tuples of lengths 1..20, maybe_freelist_pop reuses lengths 1..19 only, so
# that tuple stays for good and the 20-tuple free list fills after 1999 of
# the program's (PyTuple_MAXFREELIST 2000): the 2000th is freed
# (PyObject_GC_Del: its block for tracemalloc, generation 0's count - 1).
import gc
import tracemalloc

gc.disable()
tracemalloc.start()
big = [(i % 7,) * 20 for i in range(2000)]
c0 = tracemalloc.get_traced_memory()[0]
n0 = gc.get_count()[0]
del big
c1 = tracemalloc.get_traced_memory()[0]
n1 = gc.get_count()[0]
print("20-tuple blocks freed:", (c0 - c1 - 16056) // 184, "gen 0", n1 - n0)
tracemalloc.stop()
gc.enable()
