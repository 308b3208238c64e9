# hash(range): range_hash hashes a 3-tuple made for it and dropped —
# (len, None, None) empty, (len, start, None) for one value, else
# (len, start, step) — so equal ranges hash alike, in a set or as dict keys.
import tracemalloc
rs = [range(0), range(5, 5), range(3), range(0, 3), range(0, 3, 1), range(1, 2), range(1, 9, 7),
      range(10, 0, -3), range(10**30), range(-5, 10**25, 10**20)]
print([hash(r) == hash(s) for r in rs for s in rs if r == s and r is not s])
print(hash(range(0)) == hash((0, None, None)), hash(range(1, 2)) == hash((1, 1, None)),
      hash(range(1, 9, 3)) == hash((3, 1, 3)))
print(len({range(0), range(3, 3), range(0, 3), range(3), range(0, 4, 3), range(0, 5, 3)}))
d = {range(1, 9, 8): 'a'}
print(d[range(1, 2)], range(1, 2) in d)

def peak(fn):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    fn()
    cur, pk = tracemalloc.get_traced_memory()
    return cur - before, pk - before

r0, r5, big = range(0), range(5), range(10**30)
tracemalloc.start()
out = [peak(lambda: hash(r5)), peak(lambda: hash(r0)), peak(lambda: hash(big)), peak(lambda: {r5: 1})]
tracemalloc.stop()
print(out)
