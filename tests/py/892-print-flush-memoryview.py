# print(..., flush=True) is TextIOWrapper.flush(): the pending text goes to
# the BufferedWriter, then the BufferedWriter's buffer goes to the raw
# file through a memoryview; a second flush with nothing buffered makes
# none.
import sys
import tracemalloc
tracemalloc.start()
for n in (3, 40, 300, 3000):
    s = 'f' * n
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    print(s, flush=True)
    c1, p1 = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    print(end='', flush=True)
    c2, p2 = tracemalloc.get_traced_memory()
    print(n, c1 - c0, p1 - c0, c2 - c1, p2 - c1)
tracemalloc.stop()
