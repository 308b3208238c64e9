# Freezing collections into tuples (memo keys, snapshots of a cache): what tuple() of
# a dict, its views, reversed(), sorted(), a frozenset, a str, bytes, a range, enumerate
# and zip allocates on the way, step by step with tracemalloc.
import sys
import tracemalloc
tracemalloc.start()
cache = {}
def key_of(*args):
    return tuple(args)
for i in range(50):
    cache[key_of(i, i + 1)] = i
a = tracemalloc.get_traced_memory()
keys = tuple(cache)
b = tracemalloc.get_traced_memory()
vals = tuple(cache.values())
c = tracemalloc.get_traced_memory()
items = tuple(cache.items())
d = tracemalloc.get_traced_memory()
rev = tuple(reversed(keys))
e = tracemalloc.get_traced_memory()
st = tuple(sorted(vals, reverse=True))
f = tracemalloc.get_traced_memory()
fz = frozenset(vals)
g = tracemalloc.get_traced_memory()
tz = tuple(fz)
h = tracemalloc.get_traced_memory()
ts = tuple("hello world")
i2 = tracemalloc.get_traced_memory()
tb = tuple(b"bytes")
j = tracemalloc.get_traced_memory()
tr = tuple(range(300, 400))
k = tracemalloc.get_traced_memory()
te = tuple(enumerate("abc"))
l = tracemalloc.get_traced_memory()
tzp = tuple(zip(range(5), "abcde"))
m = tracemalloc.get_traced_memory()
for x in (a, b, c, d, e, f, g, h, i2, j, k, l, m):
    print(x)
print(sys.getsizeof(keys), sys.getsizeof(tz), sys.getsizeof(tr), sys.getsizeof(te), sys.getsizeof(tzp))
tracemalloc.stop()
