# range as 3.11 computes with its int objects: r[i] (compute_range_item:
# i * step and start + that, a negative i counted from the end), r[i:j:k]
# (compute_slice: _PySlice_GetLongIndices's bounds, the new step, start
# and stop, then the new length), `in`, count() and index() through
# range_contains_long's (x - start) % step (any other x by iterating),
# reversed() binding __reversed__ (a list's too), and iter()/reversed() of
# a range past a C long clearing PyLong_AsLong's OverflowError.
import tracemalloc

r = range(10, 1000, 7); big = range(2**70, 2**80, 3**20); neg = range(1000, -5000, -3)
b2 = range(0, 2**70)
print(3.0 in range(5), 2.5 in range(5), r.index(500), r.count(500), r.count(501), r.index(17.0))
print(range(5).count(True), big.index(2**70 + 3**20 * 5), big[2**40:2**41:3][-1], r[::-1][::-1] == r)
print(list(reversed(range(3))), list(r[5:2]), neg[10:400:7], big[3:50:2], r[-2**70:2**70])
tracemalloc.start()
cases = [
    lambda: r[3:50:2], lambda: r[::-1], lambda: r[-5:], lambda: r[100], lambda: r[-1],
    lambda: len(r), lambda: r.index(500), lambda: r.count(500), lambda: reversed(r),
    lambda: list(reversed(range(5))), lambda: big[3:50:2], lambda: big[100],
    lambda: big.index(2**70 + 3**20 * 5), lambda: reversed(big), lambda: neg[10:400:7],
    lambda: neg[::3], lambda: 500 in r, lambda: 2**75 in big, lambda: r[2**65:],
    lambda: big[-1], lambda: big.count(2**70), lambda: r[5:2], lambda: range(0)[:],
    lambda: iter(r), lambda: iter(big), lambda: iter(b2), lambda: reversed(b2),
    lambda: r == range(10, 1000, 7), lambda: r[1:2**70:3], lambda: reversed([1, 2]),
    lambda: 3.0 in r, lambda: r.count(17.0), lambda: neg.index(-2000), lambda: r[True],
]
for i, case in enumerate(cases):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    x = case()
    c1, p1 = tracemalloc.get_traced_memory()
    print(i, type(x).__name__, x if type(x) in (int, bool, range) else '', c1 - c0, p1 - c0)
    del x
for bad in [lambda: r[142], lambda: r[-143], lambda: r['a'], lambda: r[::0], lambda: r[1.5:],
            lambda: r.index(501), lambda: r.index('x'), lambda: r.index(), lambda: big[2**90]]:
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
