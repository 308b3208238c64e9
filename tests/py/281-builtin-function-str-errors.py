# A builtin's own argument errors name it by _PyObject_FunctionStr before
# PyErr_Format makes the message ("%U takes no keyword arguments", "%U takes
# exactly one argument (%zd given)", "%U takes no arguments (%zd given)"):
# a module function's __qualname__ is a new str of its name each time, and
# a module other than builtins prefixes it ("sys.getrefcount()",
# "_tracemalloc.is_tracing()"); a method
# descriptor's d_qualname is made on the first error (the type's name, a new
# str, then "%S.%S") and kept, so the first of three peaks is higher.
import tracemalloc, gc
import sys
tracemalloc.start()
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        len(x=1)
    except TypeError as e:
        msg = str(e)
    print('len(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        abs(x=1)
    except TypeError as e:
        msg = str(e)
    print('abs(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        repr(x=1)
    except TypeError as e:
        msg = str(e)
    print('repr(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        id(x=1)
    except TypeError as e:
        msg = str(e)
    print('id(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        hash(x=1)
    except TypeError as e:
        msg = str(e)
    print('hash(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        iter(x=1)
    except TypeError as e:
        msg = str(e)
    print('iter(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        chr(x=1)
    except TypeError as e:
        msg = str(e)
    print('chr(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        len(1, 2)
    except TypeError as e:
        msg = str(e)
    print('len(1, 2)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        repr(1, 2)
    except TypeError as e:
        msg = str(e)
    print('repr(1, 2)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        abs()
    except TypeError as e:
        msg = str(e)
    print('abs()', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        sys.getrefcount(x=1)
    except TypeError as e:
        msg = str(e)
    print('sys.getrefcount(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        sys.getrefcount()
    except TypeError as e:
        msg = str(e)
    print('sys.getrefcount()', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        sys.intern()
    except TypeError as e:
        msg = str(e)
    print('sys.intern()', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        gc.get_count(1)
    except TypeError as e:
        msg = str(e)
    print('gc.get_count(1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        gc.get_count(x=1)
    except TypeError as e:
        msg = str(e)
    print('gc.get_count(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        'a'.join()
    except TypeError as e:
        msg = str(e)
    print("'a'.join()", tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        [].append()
    except TypeError as e:
        msg = str(e)
    print('[].append()', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        [].append(x=1)
    except TypeError as e:
        msg = str(e)
    print('[].append(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        [].clear(1)
    except TypeError as e:
        msg = str(e)
    print('[].clear(1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        'a'.upper(1)
    except TypeError as e:
        msg = str(e)
    print("'a'.upper(1)", tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        [].copy(1)
    except TypeError as e:
        msg = str(e)
    print('[].copy(1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        {}.keys(1)
    except TypeError as e:
        msg = str(e)
    print('{}.keys(1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        set().add()
    except TypeError as e:
        msg = str(e)
    print('set().add()', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        set().isdisjoint()
    except TypeError as e:
        msg = str(e)
    print('set().isdisjoint()', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        slice(1).indices()
    except TypeError as e:
        msg = str(e)
    print('slice(1).indices()', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        tracemalloc.reset_peak(x=1)
    except TypeError as e:
        msg = str(e)
    print('tracemalloc.reset_peak(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        tracemalloc.is_tracing(1)
    except TypeError as e:
        msg = str(e)
    print('tracemalloc.is_tracing(1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        gc.collect(1, 2)
    except TypeError as e:
        msg = str(e)
    print('gc.collect(1, 2)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
