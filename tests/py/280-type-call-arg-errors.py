# The types' own argument checks raise with PyErr_Format, whose message
# PyUnicode_FromFormatV's writer makes (min_length the format's length +
# 100): _PyArg_CheckPositional in the vectorcalls of dict, list, tuple,
# float, bool, set, frozenset, filter, reversed and super (named "super()"),
# and in PyArg_UnpackTuple (slice, staticmethod, classmethod, dict.update)
# and _PyArg_UnpackStack (sorted); _PyArg_NoKwnames ("%s() takes no keyword
# arguments") in the vectorcalls, _PyArg_NoKeywords ("%.200s()", a longer
# format, a bigger buffer) in tp_new and tp_init.  staticmethod and
# classmethod make their object before their __init__ checks.
import tracemalloc, gc
tracemalloc.start()
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        sorted()
    except TypeError as e:
        msg = str(e)
    print('sorted()', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        sorted(1, 2)
    except TypeError as e:
        msg = str(e)
    print('sorted(1, 2)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        dict(1, 2)
    except TypeError as e:
        msg = str(e)
    print('dict(1, 2)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        list(1, 2)
    except TypeError as e:
        msg = str(e)
    print('list(1, 2)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        tuple(1, 2)
    except TypeError as e:
        msg = str(e)
    print('tuple(1, 2)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        float(1, 2)
    except TypeError as e:
        msg = str(e)
    print('float(1, 2)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        bool(1, 2)
    except TypeError as e:
        msg = str(e)
    print('bool(1, 2)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        set(1, 2)
    except TypeError as e:
        msg = str(e)
    print('set(1, 2)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        frozenset(1, 2)
    except TypeError as e:
        msg = str(e)
    print('frozenset(1, 2)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        filter(1)
    except TypeError as e:
        msg = str(e)
    print('filter(1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        reversed()
    except TypeError as e:
        msg = str(e)
    print('reversed()', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        super(1, 2, 3)
    except TypeError as e:
        msg = str(e)
    print('super(1, 2, 3)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        slice()
    except TypeError as e:
        msg = str(e)
    print('slice()', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        slice(1, 2, 3, 4)
    except TypeError as e:
        msg = str(e)
    print('slice(1, 2, 3, 4)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        staticmethod()
    except TypeError as e:
        msg = str(e)
    print('staticmethod()', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        classmethod(1, 2)
    except TypeError as e:
        msg = str(e)
    print('classmethod(1, 2)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        {}.update(1, 2)
    except TypeError as e:
        msg = str(e)
    print('{}.update(1, 2)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        range(1, 2, 3, 4)
    except TypeError as e:
        msg = str(e)
    print('range(1, 2, 3, 4)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        range(x=1)
    except TypeError as e:
        msg = str(e)
    print('range(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        map(x=1)
    except TypeError as e:
        msg = str(e)
    print('map(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        filter(x=1)
    except TypeError as e:
        msg = str(e)
    print('filter(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        float(x=1)
    except TypeError as e:
        msg = str(e)
    print('float(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        set(x=1)
    except TypeError as e:
        msg = str(e)
    print('set(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        frozenset(x=1)
    except TypeError as e:
        msg = str(e)
    print('frozenset(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        list(x=1)
    except TypeError as e:
        msg = str(e)
    print('list(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        tuple(x=1)
    except TypeError as e:
        msg = str(e)
    print('tuple(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        bool(x=1)
    except TypeError as e:
        msg = str(e)
    print('bool(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        super(x=1)
    except TypeError as e:
        msg = str(e)
    print('super(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        reversed(x=1)
    except TypeError as e:
        msg = str(e)
    print('reversed(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        slice(x=1)
    except TypeError as e:
        msg = str(e)
    print('slice(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        staticmethod(x=1)
    except TypeError as e:
        msg = str(e)
    print('staticmethod(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        classmethod(len, x=1)
    except TypeError as e:
        msg = str(e)
    print('classmethod(len, x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
