# __lt__ and __eq__ only, every operator: `>` tries object's __gt__ slot
# wrapper (called with the packed 2-tuple and its 1-tuple slice) before
# the reflected __lt__; `<=` and `>=` find only wrappers and fail.
import gc
import tracemalloc


class P:
    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return self.k < other.k

    def __eq__(self, other):
        return self.k == other.k


a, b = P(1), P(2)
ops = [("lt", lambda: a < b), ("gt", lambda: a > b), ("le", lambda: a <= b),
       ("ge", lambda: a >= b), ("eq", lambda: a == b), ("ne", lambda: a != b)]
for name, f in ops:
    gc.collect()
    tracemalloc.start()
    try:
        r = f()
    except TypeError as e:
        r = str(e)
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    gc.collect()
    before = gc.get_count()[0]
    for i in range(5):
        try:
            f()
        except TypeError:
            pass
    print(name, r, cur, peak, gc.get_count()[0] - before)
