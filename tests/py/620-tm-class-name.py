# A tracemalloc class's __name__ is its class statement's name (ht_name),
# kept by the type: reading it allocates nothing, unlike a builtin type's.
import tracemalloc
tracemalloc.start()
keep = [[] for i in range(3)]
s = tracemalloc.take_snapshot()
st = s.statistics('lineno')
d = s.compare_to(s, 'lineno')
objs = [s, st[0], d[0], st[0].traceback, st[0].traceback[0], s.traces]
for o in objs:
    a = tracemalloc.get_traced_memory()[0]
    n = type(o).__name__
    q = type(o).__qualname__
    b = tracemalloc.get_traced_memory()[0]
    print(n, q, n is type(o).__name__, b - a)
x = type(1).__name__
print(x, x is type(1).__name__)
