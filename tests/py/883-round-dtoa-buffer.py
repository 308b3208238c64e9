# double_round copies _Py_dg_dtoa's digits into a 100-byte stack buffer,
# or a PyMem block of digits + 8 when they do not fit (1.5e300 at 2
# places has 301 digits); the block is freed after the result float.
import tracemalloc

tracemalloc.start()
r = round(1.5e300, 2)
a = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
s = round(1.5e300, -5)
b = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(a, b)
print(r == 1.5e300, s == r)
