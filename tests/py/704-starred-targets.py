# a, *b, c = xs: UNPACK_EX; the starred name gets a list built from the
# iterator (PySequence_List), whose last items are then taken off without
# shrinking its item array
import sys, gc
gc.collect()
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c, sys.getsizeof(b))
a, *b = range(10)
print(b, sys.getsizeof(b))
*b, = (1, 2, 3)
print(b, sys.getsizeof(b))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
a, *b, c, d, e = x
print(b, sys.getsizeof(b), gc.is_tracked(b))
a, *b, c = (8, 9)
print(a, b, c, sys.getsizeof(b))
[a, *b] = {7: 0}
print(a, b)
for first, *rest in [(1, 2, 3), (4,), 'xy']:
    print(first, rest)
o = object()
a, *b = [o, o, o]
print(sys.getrefcount(o), len(b))
del a, b
print(sys.getrefcount(o))
*b, = iter([o])
print(sys.getrefcount(o))
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b, *c = iter([1])
except ValueError as e:
    print(e)
try:
    a, *b = 5
except TypeError as e:
    print(e)
print([(p, q) for p, *q in ['abc', 'd']])
a, *b, c = 1, 2
print(a, b, c)
