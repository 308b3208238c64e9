# Classroom: tracemalloc kept/peak for lists of floats, ints, strs, tuples, a dict, a set, join, encode, sorted, sum.
import tracemalloc
tracemalloc.start()
def measure(label, fn):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    result = fn()
    cur, peak = tracemalloc.get_traced_memory()
    print(f"{label:12} kept={cur - before:7d} peak={peak - before:7d}")
    return result
a = measure("floats", lambda: [i * 0.5 for i in range(1000)])
b = measure("ints", lambda: [i * 1000 for i in range(1000)])
c = measure("strs", lambda: [str(i) for i in range(1000)])
d = measure("tuples", lambda: [(i, i) for i in range(1000)])
e = measure("dict", lambda: {i: i for i in range(1000)})
f = measure("set", lambda: set(range(1000)))
g = measure("joined", lambda: ",".join(c))
h = measure("bytes", lambda: g.encode())
i = measure("sorted", lambda: sorted(b, reverse=True))
j = measure("gen-sum", lambda: sum(x * x for x in range(1000)))
k = measure("list-sum", lambda: sum([x * x for x in range(1000)]))
del a, b, c, d, e, f, g, h, i
print(tracemalloc.get_traced_memory()[0] < 20000)
tracemalloc.stop()
