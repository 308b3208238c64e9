# int / int past the double fast path: long_true_divide makes x, |a| shifted
# (_PyLong_New), divides it in place by a one-digit b or through x_divrem
# (v, w, the quotient; x and the remainder dropped), and frees it before
# the float: tracemalloc's peak sees them, an overflow's too.
import tracemalloc
cases = [(10**30, 7), (-(10**30), 3**40), (7, 3**100), (3**100, -(2**70)), (2**1023 * 3, 2**40 + 1),
         (10**400, 10**100), (5**200, 5**199), (2**62, 3), (-(2**100), -(2**99)), (10**20, 10**19),
         (1, 10**300), (2**2000, 3**50)]
tracemalloc.start()
for a, b in cases:
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        q = a / b
        r = repr(q)
    except OverflowError as e:
        r = str(e)
    c1, p1 = tracemalloc.get_traced_memory()
    print(r, c1 - c0, p1 - c0)
try:
    (10**400) / 3
except OverflowError as e:
    print(e)
