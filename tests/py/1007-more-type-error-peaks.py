# More type errors CPython raises through PyErr_Format: round() of a type
# without __round__ ("type %.100s ..."), float() and int() of a non-number,
# item assignment and deletion, a call of a non-callable, next() of a
# non-iterator, divmod's binop_type_error.  The writer's buffer (the
# format's length + 100 characters) and the type name's temporary str are
# alive at the peak, which shows at module level once a first exception
# has made the frame object.  Found by the gen.py feature errpeaks (seeds
# 30700000-30700149).
import tracemalloc
n = 7
tracemalloc.start()
try:
    1 / 0
except ZeroDivisionError:
    pass
tracemalloc.reset_peak()
c0 = tracemalloc.get_traced_memory()[0]
try:
    round("s")
except TypeError as e:
    c1, p1 = tracemalloc.get_traced_memory()
    print(e, c1 - c0, p1 - c0)
tracemalloc.reset_peak()
c0 = tracemalloc.get_traced_memory()[0]
try:
    float({})
except TypeError as e:
    c1, p1 = tracemalloc.get_traced_memory()
    print(e, c1 - c0, p1 - c0)
tracemalloc.reset_peak()
c0 = tracemalloc.get_traced_memory()[0]
try:
    "abc"[0] = 1
except TypeError as e:
    c1, p1 = tracemalloc.get_traced_memory()
    print(e, c1 - c0, p1 - c0)
tracemalloc.reset_peak()
c0 = tracemalloc.get_traced_memory()[0]
try:
    n()
except TypeError as e:
    c1, p1 = tracemalloc.get_traced_memory()
    print(e, c1 - c0, p1 - c0)
tracemalloc.reset_peak()
c0 = tracemalloc.get_traced_memory()[0]
try:
    next([1])
except TypeError as e:
    c1, p1 = tracemalloc.get_traced_memory()
    print(e, c1 - c0, p1 - c0)
tracemalloc.reset_peak()
c0 = tracemalloc.get_traced_memory()[0]
try:
    divmod("a", 2)
except TypeError as e:
    c1, p1 = tracemalloc.get_traced_memory()
    print(e, c1 - c0, p1 - c0)
tracemalloc.reset_peak()
c0 = tracemalloc.get_traced_memory()[0]
try:
    int([])
except TypeError as e:
    c1, p1 = tracemalloc.get_traced_memory()
    print(e, c1 - c0, p1 - c0)
tracemalloc.reset_peak()
c0 = tracemalloc.get_traced_memory()[0]
try:
    del (1, 2)[0]
except TypeError as e:
    c1, p1 = tracemalloc.get_traced_memory()
    print(e, c1 - c0, p1 - c0)
tracemalloc.reset_peak()
c0 = tracemalloc.get_traced_memory()[0]
try:
    del "ab"[0]
except TypeError as e:
    c1, p1 = tracemalloc.get_traced_memory()
    print(e, c1 - c0, p1 - c0)
tracemalloc.reset_peak()
c0 = tracemalloc.get_traced_memory()[0]
try:
    iter(5)
except TypeError as e:
    c1, p1 = tracemalloc.get_traced_memory()
    print(e, c1 - c0, p1 - c0)
