# A class defining only __eq__: `!=` finds object's __ne__ slot wrapper
# (slot_tp_richcompare calls it through its tp_call: a 2-tuple, then the
# 1-tuple cut from it), which inverts the class's ==; `<` finds object's
# __lt__ wrapper, NotImplemented both ways.
import gc
import tracemalloc


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return self.k == other.k


def measure(name, f):
    gc.collect()
    tracemalloc.start()
    try:
        r = f()
    except TypeError as e:
        r = str(e)
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(name, r, cur, peak)


a, b, c = Key(1), Key(2), Key(1)
measure("eq", lambda: a == c)
measure("ne", lambda: a != b)
measure("ne-same", lambda: a != c)
measure("ne-int", lambda: a != 1)
measure("lt", lambda: a < b)
measure("in", lambda: c in [b, a])
gc.collect()
before = gc.get_count()[0]
flags = [a != x for x in (b, c, a, b)]
print(flags, gc.get_count()[0] - before)
