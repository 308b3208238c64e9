# Classroom: enumerate, zip and dict.items() reuse their result tuple when nobody keeps it.
import tracemalloc
d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(len({id(kv) for kv in d.items()}))
print([id(kv) for kv in d.items()].count(id(0)))
ids = [id(kv) for kv in d.items()]
print(ids[0] == ids[2], ids[1] == ids[3], ids[0] == ids[1])
ids = [id(p) for p in zip("abcd", "efgh")]
print(ids[0] == ids[2], ids[1] == ids[3], ids[0] == ids[1])
ids = [id(p) for p in enumerate("abcd")]
print(ids[0] == ids[2], ids[1] == ids[3], ids[0] == ids[1])
it = iter(d.items())
x = next(it); ix = id(x); del x
y = next(it); print(id(y) == ix)
z = zip([1, 2, 3], [4, 5, 6])
x = next(z); ix = id(x); del x
y = next(z); print(id(y) == ix)
tracemalloc.start()
b = tracemalloc.get_traced_memory()[0]
tot = 0
for k, v in d.items():
    tot += v
for i, ch in enumerate("hello world"):
    tot += i
for a, c in zip(range(100), range(100)):
    tot += a
print(tot, tracemalloc.get_traced_memory()[0] - b)
tracemalloc.reset_peak()
b = tracemalloc.get_traced_memory()[0]
pairs = list(zip(range(100), range(100)))
print(tracemalloc.get_traced_memory()[0] - b, tracemalloc.get_traced_memory()[1] - b)
tracemalloc.reset_peak()
b = tracemalloc.get_traced_memory()[0]
dd = dict(zip(range(100), range(100)))
print(tracemalloc.get_traced_memory()[0] - b, tracemalloc.get_traced_memory()[1] - b)
tracemalloc.reset_peak()
b = tracemalloc.get_traced_memory()[0]
dd2 = dict(enumerate("abcdefghij" * 10))
print(tracemalloc.get_traced_memory()[0] - b, tracemalloc.get_traced_memory()[1] - b)
tracemalloc.reset_peak()
b = tracemalloc.get_traced_memory()[0]
lm = list(map(lambda q: q * 1000, range(100)))
print(tracemalloc.get_traced_memory()[0] - b, tracemalloc.get_traced_memory()[1] - b)
tracemalloc.reset_peak()
b = tracemalloc.get_traced_memory()[0]
lf = list(filter(lambda q: q % 3, range(1000)))
print(tracemalloc.get_traced_memory()[0] - b, tracemalloc.get_traced_memory()[1] - b)
tracemalloc.reset_peak()
b = tracemalloc.get_traced_memory()[0]
st = set(map(str, range(100)))
print(tracemalloc.get_traced_memory()[0] - b, tracemalloc.get_traced_memory()[1] - b)
tracemalloc.reset_peak()
b = tracemalloc.get_traced_memory()[0]
tp = tuple(filter(None, range(100)))
print(tracemalloc.get_traced_memory()[0] - b, tracemalloc.get_traced_memory()[1] - b)
tracemalloc.reset_peak()
b = tracemalloc.get_traced_memory()[0]
rv = list(reversed(range(1000)))
print(tracemalloc.get_traced_memory()[0] - b, tracemalloc.get_traced_memory()[1] - b)
tracemalloc.reset_peak()
b = tracemalloc.get_traced_memory()[0]
jj = "-".join(map(str, range(100)))
print(tracemalloc.get_traced_memory()[0] - b, tracemalloc.get_traced_memory()[1] - b)
tracemalloc.reset_peak()
b = tracemalloc.get_traced_memory()[0]
ss = sum(map(len, ["ab"] * 1000))
mm = max(zip(range(50), range(50)))
print(tracemalloc.get_traced_memory()[0] - b, tracemalloc.get_traced_memory()[1] - b)
tracemalloc.stop()
