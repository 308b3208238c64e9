# tracemalloc's current and peak memory around print(): the bound write
# method, the pending list, the bytes a flush makes and the int each
# write returns.
import tracemalloc
tracemalloc.start()
for n in (5, 300, 3000, 9000):
    s = 'q' * n
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    print(s[:10], n)
    c1, p1 = tracemalloc.get_traced_memory()
    print(c1 - c0, p1 - c0)
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    print(s, end='')
    print()
    c1, p1 = tracemalloc.get_traced_memory()
    print(c1 - c0, p1 - c0)
tracemalloc.stop()
