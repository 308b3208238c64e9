# min() and max() of nothing raise through PyErr_Format ("%s() arg is an
# empty sequence": a buffer of the format's length + 100 characters and a
# str of the function's name) while min_max still holds the iterator,
# released only after the error is set; so do "Cannot specify a default"
# and sys.set_int_max_str_digits' and sys.setrecursionlimit's errors.
import sys
import tracemalloc
tracemalloc.start()
for i in range(2):
    tracemalloc.reset_peak()
    c0, p0 = tracemalloc.get_traced_memory()
    try:
        min([])
    except ValueError as e:
        m = str(e)
    c1, p1 = tracemalloc.get_traced_memory()
print('min([])', c1 - c0, p1 - p0, m)
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
try:
    max((), key=len)
except ValueError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
print('max((), key=len)', c1 - c0, p1 - p0, m)
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
try:
    max(x for x in 'abc' if x > 'z')
except ValueError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
print('max(genexpr)', c1 - c0, p1 - p0, m)
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
try:
    min(1, 2, default=0)
except TypeError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
print('min(1, 2, default=0)', c1 - c0, p1 - p0, m)
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
print('set_int_max_str_digits(5)', c1 - c0, p1 - p0, m)
print(min([], default=None), max([3, 1, 2], key=lambda x: -x), min('bca'))
