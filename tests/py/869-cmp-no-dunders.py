# A class defining no comparison (or only non-comparison dunders) has
# object_richcompare itself as its slot (all six names are object's slot
# wrappers): == and != by identity make no tuples; one defined method
# switches the class to slot_tp_richcompare, which calls the wrappers;
# so does a name set to None, which is called as found (not callable).
import gc
import tracemalloc


class Plain:
    pass


class Err(Exception):
    pass


class Late:
    pass


class Off:
    __gt__ = None


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


p, q = Plain(), Plain()
e = Err()
measure("plain-eq", lambda: p == q)
measure("plain-ne", lambda: p != p)
measure("plain-lt", lambda: p < q)
measure("err-ne", lambda: e != Err())
s, t = Late(), Late()
measure("late-ne", lambda: s != t)
Late.__eq__ = lambda self, other: True
measure("late-ne2", lambda: s != t)
measure("late-gt", lambda: s > t)
del Late.__eq__
measure("late-ne3", lambda: s != t)
o = Off()
measure("off-eq", lambda: o == Off())
measure("off-gt", lambda: o > o)
measure("off-lt", lambda: o < o)
