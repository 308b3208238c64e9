# METH_VARARGS functions called with keywords they do not take: a
# builtin_function_or_method (a module's function, a bound method) packs
# the arguments (_PyObject_MakeTpCall) and cfunction_call refuses them by
# ml_name; a method descriptor refuses them first with its qualname.
# gc.set_threshold counts its arguments with PyArg_ParseTuple's words.
import gc, tracemalloc

def measure(f):
    peaks = []
    for i in range(3):
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        try:
            f()
        except TypeError as e:
            msg = str(e)
        peaks.append(tracemalloc.get_traced_memory()[1] - before)
    print(msg, peaks)

find = b"ab".find
sfind = "ab".find
union = set().union
funion = frozenset().union
tracemalloc.start()
measure(lambda: gc.set_threshold())
measure(lambda: gc.set_threshold(1, 2, 3, 4))
measure(lambda: gc.set_threshold(x=1))
measure(lambda: gc.set_threshold(1, 2, 3, 4, x=1))
measure(lambda: gc.get_referents(x=1))
measure(lambda: vars(x=1))
measure(lambda: dir(1, x=2))
measure(lambda: find(x=1))
measure(lambda: find(b"a", x=1))
measure(lambda: sfind("a", 0, 1, x=1))
measure(lambda: union({1}, x=1))
measure(lambda: funion(x=1))
measure(lambda: find())
measure(lambda: b"ab".find(x=1))
measure(lambda: "ab".find("a", x=1))
measure(lambda: set().union(x=1))
measure(lambda: frozenset.union(frozenset(), x=1))
print(gc.get_threshold())
