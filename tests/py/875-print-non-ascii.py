# Non-ASCII text is encoded (UTF-8) to a new bytes object that stays
# pending: the str itself is not kept, the bytes are.  (The numbers are
# taken first and printed after, so printing them is not measured.)
import sys
import tracemalloc
s = 'héllo wörld ' * 3
tracemalloc.start()
a = sys.getrefcount(s)
print(s)
b = sys.getrefcount(s)
cur, peak = tracemalloc.get_traced_memory()
print(a, b, cur, peak)
t = 'ñ' * 40
tracemalloc.reset_peak()
c0 = tracemalloc.get_traced_memory()[0]
print(t, t)
n = sys.getrefcount(t)
cur, peak = tracemalloc.get_traced_memory()
print(n, cur - c0, peak - c0)
tracemalloc.stop()
