# tracemalloc's peak around prints of pieces of growing size: what stays
# in the BufferedWriter's buffer costs nothing, a piece too big for it
# goes to the raw file through a managed buffer (128 bytes) and a
# memoryview (184 bytes), with the int the raw write returns.
import tracemalloc
tracemalloc.start()
sizes = (100, 2000, 2100, 4000, 4097, 6000, 8191, 8192, 8193, 20000, 50)
for n in sizes:
    s = 'p' * n
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    print(s)
    c1, p1 = tracemalloc.get_traced_memory()
    print(n, c1 - c0, p1 - c0)
tracemalloc.stop()
