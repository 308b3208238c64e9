# memoryviews in reference cycles: the collector counts the views, their
# managed buffer and the containers (a bytes or bytearray is not tracked),
# clears them (the export released: the bytearray resizes again), and a
# memory_iterator in a cycle; gc.get_referrers of a managed buffer.
import gc, sys
ba = bytearray(b'abc')
l = [memoryview(ba)]
l.append(l)
l.append(l[0][1:])
del l
print(gc.collect())
ba.append(1)
print(ba)
class Holder:
    pass
h = Holder()
h.self = h
h.m = memoryview(b'xyz')
h.it = iter(h.m)
del h
print(gc.collect(), gc.collect())
m = memoryview(bytearray(b'q'))
mb = gc.get_referents(m)[0]
print(gc.get_referrers(mb) == [m])
x = [memoryview(b'ab') for i in range(3)]
print(sum(len(v) for v in x))
print(m.__class__.__name__, type(mb).__name__, mb.__class__.__mro__)
print(repr(type(mb)))
