# Iterating a memoryview: a memory_iterator (48 + 16 bytes, tracked) that
# holds the view and the length it had when made, yields ints, has no
# __length_hint__, and raises python3's ValueError when the view is
# released under it; `in`, list(), sum(), enumerate() and reversed() of a
# view go through it (or through its items).  (iter() of a released view
# is python3's SystemError, which heapviz refuses: tests/27.)
import sys, gc
b = bytearray(b'hello')
m = memoryview(b)
it = iter(m)
print(type(it).__name__, sys.getsizeof(it), gc.is_tracked(it), gc.get_referents(it)[0] is m)
print(sys.getrefcount(m), next(it), next(it), list(it), list(it))
print(sys.getrefcount(m), gc.get_referents(it))
print(list(m[::2]), list(m[::-1]), sum(m), list(enumerate(m[:2])), list(reversed(m[1:4])))
print(104 in m, 120 in m, b'h'[0] in m[1:])
print(hasattr(it, '__length_hint__'), iter(it) is it, sorted(dir(it))[-3:])
for x in m[3:]:
    print(x, end=' ')
print()
it2 = iter(m)
next(it2)
m.release()
try:
    next(it2)
except ValueError as e:
    print('ValueError:', e)
b.append(33)
print(b)
