# type()'s refusals (type_vectorcall's _PyArg_NoKwnames for one argument,
# else _PyObject_MakeTpCall's tuple alive while type_call refuses), complex's
# METH_NOARGS methods, __init_subclass__ through its bound method (named by
# meth_get__qualname__, nothing kept) and complex binding its classmethods.
import tracemalloc as tm
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


c = 1 + 2j
peak("type seven", lambda: type(1, 2, 3, 4, 5, 6, 7))
peak("type kw", lambda: type(1, zz=1))
peak("type two kw", lambda: type(1, 2, zz=1, yy=2))
peak("type star", lambda: type(*(1, 2, 3, 4, 5)))
peak("conjugate", lambda: c.conjugate(1))
peak("conjugate kw", lambda: c.conjugate(zz=1))
peak("__complex__", lambda: c.__complex__(1))
peak("int init_subclass", lambda: (5).__init_subclass__(1))
peak("int init_subclass again", lambda: (5).__init_subclass__(1))
peak("complex init_subclass", lambda: c.__init_subclass__(1, 2))
peak("complex subclasshook", lambda: c.__subclasshook__(1))
f = (1.5).__sizeof__
peak("bound sizeof", lambda: f(1))
peak("take_snapshot", lambda: tm.take_snapshot(1))
peak("take_snapshot kw", lambda: tm.take_snapshot(1, zz=1))
