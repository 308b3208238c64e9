# bytes() of an iterable that is not a list, tuple or buffer goes through
# _PyBytes_FromIterator: PyBytes_FromObject holds the iterator until the
# result is made (its 48 bytes in tracemalloc's peak), the writer is sized
# by the source's length hint (64 by default), past its 512-byte stack
# buffer it is a bytes object grown by a quarter more once full and cut to
# its length at the end; an item out of range frees it after the error.
# Found by gen.py's memview feature (fuzzing, stop 29).
import tracemalloc
tracemalloc.start()
r = range(3)
L = [i % 256 for i in range(700)]
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
x = bytes(r)
c1, p1 = tracemalloc.get_traced_memory()
print('range', len(x), c1 - c0, p1 - c0)
del x
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
x = bytes(iter(r))
c1, p1 = tracemalloc.get_traced_memory()
print('iter', len(x), c1 - c0, p1 - c0)
del x
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
x = bytes(iter(L))
c1, p1 = tracemalloc.get_traced_memory()
print('list iter', len(x), c1 - c0, p1 - c0)
del x
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
x = bytes(v % 256 for v in range(3000))
c1, p1 = tracemalloc.get_traced_memory()
print('generator', len(x), c1 - c0, p1 - c0)
del x
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
try:
    x = bytes(v - 1 for v in range(700, 0, -1))
except ValueError as e:
    print(type(e).__name__, e)
c1, p1 = tracemalloc.get_traced_memory()
print('error', c1 - c0, p1 - c0)
