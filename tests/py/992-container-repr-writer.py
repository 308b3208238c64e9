# list, tuple and dict reprs as 3.11 makes them: Py_ReprEnter appends the
# container to the thread state's Py_Repr list (its item array made for
# the outermost repr and freed when it is emptied), each item's repr is
# written into a _PyUnicodeWriter (min_length of one-character items,
# overallocating by a quarter, the closing bracket without) and the
# buffer is cut to its length at the end.  tracemalloc's peak, sizes and
# the blocks reused match python3; so does print(), which makes the same.
import sys
import tracemalloc

a = 12345678901234567890
big = list(range(60))
nested = [[1, 2], (3, [4, (5,)]), 'x']
cases = [[1], [300], [], (1,), ('a',), ['a', 'b'], [1.5], (1, 2), [a, -a], big, tuple(big),
         nested, [['é']], ('\u20ac', 1), [None, True, ...], [[[[[]]]]], (('a',),), ['x' * 200],
         [b'q', 2.5e-10, -0.0], {1: 2}, {'a': [1]}, {}, {i: str(i) for i in range(30)},
         {'k': {'n': (1, {})}}]
for c in cases:
    r = repr(c)
    print(len(r), r[:60], sys.getsizeof(r))
l = [1, 2]
l.append(l)
print(repr(l), str((l, l)))
tracemalloc.start()
for c in cases:
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    r = repr(c)
    c1, p1 = tracemalloc.get_traced_memory()
    print(type(c).__name__, len(c), c1 - c0, p1 - c0)
    del r
tracemalloc.reset_peak()
c0 = tracemalloc.get_traced_memory()[0]
print(nested, (1, 2), [a])
c1, p1 = tracemalloc.get_traced_memory()
print(c1 - c0 >= 0, p1 - c0)
tracemalloc.stop()
