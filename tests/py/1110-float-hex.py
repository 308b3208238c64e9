# float.hex() (float_hex_impl): the leading digit (0 for a subnormal),
# thirteen hex digits and the binary exponent, written by
# PyUnicode_FromFormat's writer (its buffer in the peak); nan, inf and the
# zeros; its argument errors, refcounts and tracemalloc's peaks.
import sys, tracemalloc
for x in [1.5, -1.5, 0.0, -0.0, 1e300, 5e-324, 2.2250738585072014e-308, 0.1, float('inf'), float('-inf'), float('nan'), 3.0, -1e-310, 123456.789]:
    print(x.hex())
print(float.hex(2.0), (1.0).hex.__qualname__, float.__dict__["hex"] is float.hex)
for f in [lambda: (1.0).hex(1), lambda: float.hex(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
tracemalloc.start()
for x in [1.5, 0.0, -2.5e-300, float('inf'), 1e300]:
    tracemalloc.reset_peak()
    h = x.hex()
    print(tracemalloc.get_traced_memory(), sys.getrefcount(h))
    h = None
