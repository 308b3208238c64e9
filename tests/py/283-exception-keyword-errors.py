# An exception class called with keywords: _PyObject_MakeTpCall packs the
# arguments (a tuple, a dict of the keywords), BaseException_new makes the
# exception object, and only then BaseException_init refuses the keywords
# with _PyArg_NoKeywords ("%.200s() takes no keyword arguments", PyErr_Format's
# writer); OSError_new refuses them before it makes its object.  Exception
# subclasses without an __init__ of their own do the same.
import tracemalloc, gc
class E(Exception): pass
class F(Exception):
    def __init__(self, *a):
        Exception.__init__(self, *a, x=1)
tracemalloc.start()
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        ValueError(x=1)
    except TypeError as e:
        msg = str(e)
    print('ValueError(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        ValueError(1, x=1)
    except TypeError as e:
        msg = str(e)
    print('ValueError(1, x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        E(x=1)
    except TypeError as e:
        msg = str(e)
    print('E(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        E(1, 2, x=1)
    except TypeError as e:
        msg = str(e)
    print('E(1, 2, x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        F()
    except TypeError as e:
        msg = str(e)
    print('F()', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        OSError(x=1)
    except TypeError as e:
        msg = str(e)
    print('OSError(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        KeyError(x=1)
    except TypeError as e:
        msg = str(e)
    print('KeyError(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        StopIteration(x=1)
    except TypeError as e:
        msg = str(e)
    print('StopIteration(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
