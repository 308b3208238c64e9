# sys.getsizeof(x) looks x's __sizeof__ up as a special method: a bound
# builtin method (72 bytes) lives through the call, with the int __sizeof__
# returns; the result is a new int.  Only the peak shows them.
import sys
import tracemalloc

class C:
    pass

class S:
    __slots__ = ('a',)

items = [list(range(100)), C(), S(), 'x' * 1000, 5, 2**100, int, C, (1, 2), {1: 2}, 1.5, None, b'abc' * 90]
tracemalloc.start()
for x in items:
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    n = sys.getsizeof(x)
    cur, peak = tracemalloc.get_traced_memory()
    print(type(x).__name__, n, cur - before, peak - before)
for x in items[:3]:
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    n = sys.getsizeof(x, default=-1)
    m = sys.getsizeof(object=x)
    cur, peak = tracemalloc.get_traced_memory()
    print('keywords', type(x).__name__, n, m, cur - before, peak - before)
tracemalloc.stop()
