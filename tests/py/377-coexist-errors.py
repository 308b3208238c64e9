# __getitem__ and __contains__ of list, dict, set and frozenset are
# METH_COEXIST methods (METH_O), not slot wrappers: their argument errors
# name the method (_PyObject_FunctionStr) through PyErr_Format's writer.
import tracemalloc
tracemalloc.start()


def peak(label, f):
    """The message f raises and the peak over the memory before it."""
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    try:
        f()
        msg = "no error"
    except TypeError as e:
        msg = str(e)
    print(label, "|", msg, "|", tracemalloc.get_traced_memory()[1] - base)


xs, d, s, fs = [1], {1: 2}, {1}, frozenset({1})
peak("list getitem none", lambda: xs.__getitem__())
peak("list getitem two", lambda: xs.__getitem__(0, 1))
peak("list getitem kw", lambda: xs.__getitem__(0, zz=1))
peak("dict getitem kw", lambda: d.__getitem__(zz=1))
peak("dict contains three", lambda: d.__contains__(1, 2, 3))
peak("set contains none", lambda: s.__contains__())
peak("frozenset contains kw", lambda: fs.__contains__(zz=1))
peak("unbound list getitem", lambda: list.__getitem__(xs, 1, 2))
bound = xs.__getitem__
peak("bound", lambda: bound())
print(xs.__getitem__(0), d.__contains__(1), s.__contains__(2))
