# Printing more than TextIOWrapper's chunk (8192 bytes): a long ASCII str is
# encoded to a new bytes object instead of being kept, pending text past
# the chunk is flushed first, and a flush joins the pieces into one bytes.
import sys
import tracemalloc
big = 'a' * 10000
tracemalloc.start()
a = sys.getrefcount(big)
print(big)
b = sys.getrefcount(big)
cur, peak = tracemalloc.get_traced_memory()
print(a, b, cur, peak)
small = 'b' * 5000
for i in range(3):
    print(small)
    print(sys.getrefcount(small), tracemalloc.get_traced_memory())
tracemalloc.stop()
