# Only __lt__: sorted() and min() use <, max() uses > (object's __gt__
# slot wrapper, then the reflected __lt__); each wrapper call packs its
# arguments.
import gc
import tracemalloc


class V:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __repr__(self):
        return "V(%d)" % self.n


items = [V(n) for n in (5, 3, 8, 1, 4)]
for name, f in [("sorted", lambda: sorted(items)), ("min", lambda: min(items)),
                ("max", lambda: max(items)), ("max2", lambda: max(items[0], items[2])),
                ("reverse", lambda: sorted(items, reverse=True))]:
    gc.collect()
    tracemalloc.start()
    r = f()
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del r
    gc.collect()
    before = gc.get_count()[0]
    r = f()
    print(name, r, peak, gc.get_count()[0] - before)
