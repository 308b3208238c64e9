# float ** float overflowing: float_pow raises PyErr_SetFromErrno(OverflowError), so the
# exception's args are the tuple (errno, strerror) Py_BuildValue made, not one message str.
import tracemalloc
tracemalloc.start()
for base, exp in ((2.0, 5000), (10.0, 400.5), (-3.0, 1001)):
    c0, p0 = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    try:
        print(base ** exp)
    except OverflowError as e:
        print(e.args, len(e.args), e)
        del e
    c1, p1 = tracemalloc.get_traced_memory()
    print(c1 - c0, p1 - c0)
try:
    pow(1e300, 2)
except OverflowError as e:
    print(e.args[0], e.args[1], repr(e))
x = 1.5
try:
    x **= 4000
except OverflowError as e:
    print(type(e).__name__, e.args)
print(2.0 ** -5000, (-8.0) ** 3.0)
