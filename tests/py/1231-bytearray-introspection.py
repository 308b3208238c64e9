# A bytearray seen through introspection: gc.get_referents (it holds no
# references; its iterator holds it), tracemalloc's traceback of it, its
# method descriptors and bound methods, the static maketrans it shares
# with bytes (a bytes result), dir(), the type's names, sorting by len.
import gc
import sys
import tracemalloc

tracemalloc.start()
b = bytearray(b'abc')
print(gc.get_referents(b), len(gc.get_referrers(b)) >= 0, b.__class__, dir(b)[:3], len(dir(b)))
print(tracemalloc.get_object_traceback(b) is not None)
it = iter(b)
print(gc.get_referents(it), hasattr(b, 'append'), callable(b.append))
print(bytearray.append, b.append.__name__, bytearray.__dict__['append'])
print(type(b.append), b.append.__self__ is b, bytearray.maketrans(b'a', b'b')[97:99])
m = b.extend
m(b'de')
print(b, sys.getrefcount(b))
print(vars().get('b') is b, [x for x in bytearray(b'xy')])
print(bytearray.__name__, bytearray.__qualname__, bytearray.__module__, repr(bytearray))
x = [bytearray(i) for i in range(5)]
print(sorted(x, key=len, reverse=True)[0], max(map(len, x)))
print(b'%s' % b, hash(bytes(b)) == hash(b'abcde'))
