# Dunders called by name in one expression: x.__gt__(y) and x.__ne__(y)
# load object's slot wrapper as a method and call it with (x, y): the
# wrapper packs a 2-tuple and slices off self; __ne__ inverts the class's
# __eq__, or hands back NotImplemented from it.  A class with only __lt__
# gets there through object's __eq__ slot wrapper, called with (x, y)
# packed as well.
import gc
import tracemalloc


class T:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        if isinstance(other, T):
            return self.k == other.k
        return NotImplemented


class U:
    def __lt__(self, other):
        return False


a, b = T(1), T(1)
u, w = U(), U()
for name, f in [("gt", lambda: a.__gt__(b)), ("ne", lambda: a.__ne__(b)),
                ("ne-str", lambda: a.__ne__("x")), ("eq", lambda: a.__eq__(b)),
                ("obj-ne", lambda: object.__ne__(a, T(2))), ("ge", lambda: a.__ge__(1)),
                ("u-ne", lambda: u.__ne__(w)), ("u-ne-op", lambda: u != w), ("u-eq-self", lambda: u.__ne__(u))]:
    gc.collect()
    tracemalloc.start()
    r = f()
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(name, r, cur, peak)
gc.collect()
before = gc.get_count()[0]
rs = [a.__gt__(b) for i in range(3)]
print(rs, gc.get_count()[0] - before)
