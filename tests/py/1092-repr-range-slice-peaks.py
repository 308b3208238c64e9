# repr() of a range and of a slice is PyUnicode_FromFormat's: a writer buffer of the format's
# length + 100 (overallocated), each field's repr made, written and dropped, the result resized
# to its length; range leaves the step out when PyNumber_AsSsize_t gives 1 (a step past ssize_t
# clamps).  complex's repr (its PyOS_double_to_string buffers) is checked beside them.
import tracemalloc
tracemalloc.start()
cases = [lambda: repr(range(10)), lambda: repr(range(1, 10, 2)), lambda: repr(range(-5, 300)),
         lambda: repr(range(3, 10**20, 7)), lambda: repr(range(10**30)),
         lambda: repr(range(0, 10**30, 10**25)), lambda: repr(range(2**63, 2**64)),
         lambda: repr(slice(1, None, 'a')), lambda: repr(slice(None)), lambda: repr(slice(10**30, -1, 2.5)),
         lambda: repr(slice('abc', b'x', (1, 2))), lambda: repr(slice('é', 'ü€', None)),
         lambda: repr(slice(1.5, 'x' * 100, [1, 2, 3])),
         lambda: repr(complex(1.5, -2)), lambda: repr(1j), lambda: str(2+3j), lambda: repr(complex(-0.0, 1e300))]
for i, f in enumerate(cases):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    r = f()
    now, peak = tracemalloc.get_traced_memory()
    print(i, r[:40], now - before, peak - before)
    del r
