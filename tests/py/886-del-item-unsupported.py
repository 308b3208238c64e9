# del o[k] and o[k] = x on types without item assignment.  PyObject_DelItem
# says "does not support item deletion"; a type with sequence methods
# (str, tuple, range, sets, class instances...) sends an index key through
# PySequence_DelItem, which says "doesn't", after PyNumber_AsSsize_t
# (calling __index__, IndexError past ssize_t).
import tracemalloc


class C:
    pass


class I:
    def __index__(self):
        print("__index__")
        return 1


tracemalloc.start()
for o in ["abc", (1, 2), b"xy", range(3), frozenset({1}), {1: 2}.keys(), C(), 5, None]:
    for k in [0, True, slice(0, 1), "k", I(), 10**30, -10**30]:
        try:
            del o[k]
        except Exception as e:
            print("del", type(o).__name__, type(k).__name__, type(e).__name__, e)
        try:
            o[k] = 1
        except Exception as e:
            print("set", type(o).__name__, type(k).__name__, type(e).__name__, e)
print(tracemalloc.get_traced_memory())
t = (1, 2, 3)
del t[1:]
