# Zero-copy slicing, measured: a 100 kB bytes sliced by bytes slices copies
# its data each time; memoryview slices share one managed buffer and cost
# their 184-byte blocks; tracemalloc's sizes and peaks, the collector's
# counts, and the order objects die in (the exporter last).
import sys, gc, tracemalloc
data = bytes(range(256)) * 400
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
copies = [data[i:i + 10000] for i in range(0, 50000, 10000)]
print(tracemalloc.get_traced_memory()[0] - base)
del copies
m = memoryview(data)
views = [m[i:i + 10000] for i in range(0, 50000, 10000)]
print(tracemalloc.get_traced_memory()[0] - base, [len(v) for v in views])
print(gc.get_count()[0] > 0, sys.getrefcount(gc.get_referents(m)[0]))
tracemalloc.reset_peak()
x = bytes(views[1][::3])
cur, peak = tracemalloc.get_traced_memory()
print(len(x), peak - cur)
tracemalloc.reset_peak()
y = hash(memoryview(data)[::2])
cur, peak = tracemalloc.get_traced_memory()
print(peak - cur)
del views, m, x
print(tracemalloc.get_traced_memory()[0] - base)
ba = bytearray(2000)
w = memoryview(ba)
before = tracemalloc.get_traced_memory()[0]
w[0:1000] = w[1000:2000]
w[::2] = bytes(1000)
print(tracemalloc.get_traced_memory()[0] - before)
tracemalloc.stop()
