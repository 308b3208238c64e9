# list.sort is CPython's timsort: which comparisons __lt__ sees (binary
# insertion for short runs, natural runs, galloping merges), the order an
# exception leaves the list in (reverse=True reverses it even then), and
# the PyMem block a merge of long runs borrows (tracemalloc's peak)
import tracemalloc
calls = 0
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        global calls
        calls += 1
        return self.v < other.v

def lcg(n, seed, mod):
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed % mod)
    return out

for data in ([3, 1, 2], [5, 4, 3, 2, 1], list(range(10)), lcg(11, 1, 11),
             lcg(100, 2, 1000), sorted(lcg(70, 3, 50)) + lcg(70, 4, 50),
             lcg(300, 5, 7)):
    for rev in (False, True):
        calls = 0
        ks = [K(v) for v in data]
        ks.sort(reverse=rev)
        print(len(data), rev, calls, [k.v for k in ks][:6])

class Fail:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        global calls
        calls += 1
        if calls == limit:
            raise ValueError("compare %d" % calls)
        return self.v < other.v

for limit in (1, 3, 8, 40, 300):
    for rev in (False, True):
        items = [Fail(v) for v in lcg(80, limit, 100)]
        calls = 0
        try:
            items.sort(reverse=rev)
        except ValueError as e:
            print(e, rev, [f.v for f in items][:12])
        values = lcg(80, limit, 100)
        calls = 0
        try:
            values.sort(key=Fail, reverse=rev)
        except ValueError as e:
            print(e, rev, values[:12])

tracemalloc.start()
for n in (200, 600, 2000):
    half = sorted(lcg(n // 2, n, 10 ** 6))
    data = half + sorted(lcg(n - n // 2, n + 1, 10 ** 6))
    for key in (None, abs):
        copy = list(data)
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        copy.sort(key=key)
        now, peak = tracemalloc.get_traced_memory()
        print(n, key is None, now - base, peak - base)
tracemalloc.stop()

# the keys are released in the order the sort left them (ascending even
# under reverse=True): the float free list hands their blocks back LIFO
made = []
def half(x):
    f = x * 1.5
    made.append(id(f))
    return f
for rev in (False, True):
    for data in ([3, 1, 2, 5, 4], list(range(200, 0, -7))):
        made.clear()
        out = sorted(data, key=half, reverse=rev)
        fresh = [float(i) + 0.5 for i in range(len(data))]
        print(rev, out[:3], [made.index(id(f)) if id(f) in made else -1 for f in fresh][:8])
        del fresh
