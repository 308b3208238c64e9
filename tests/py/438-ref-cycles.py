# Reference cycles: refcounting alone cannot free them; gc.collect() counts what it finds.
import gc
import sys

class Person:
    def __init__(self, name):
        self.name = name
        self.friends = []

    def __repr__(self):
        return f"Person({self.name!r})"

gc.collect()
print("count at start", gc.get_count()[0] >= 0)
a = Person("ann")
b = Person("bob")
a.friends.append(b)
b.friends.append(a)
print(sys.getrefcount(a), sys.getrefcount(b))
del a, b
print("after del:", gc.collect())

for i in range(3):
    x = Person(str(i))
    x.friends.append(x)
print("self loops:", gc.collect())
del x
print("last one:", gc.collect())

l = []
l.append(l)
print(l, sys.getrefcount(l))
del l
print("list cycle:", gc.collect())

d = {}
d["self"] = d
t = (d,)
d["t"] = t
del d, t
print("dict+tuple:", gc.collect())

ring = [Person(c) for c in "wxyz"]
for i, p in enumerate(ring):
    p.friends.append(ring[(i + 1) % len(ring)])
print(ring[0].friends, ring[3].friends)
del ring, p
print("ring of four:", gc.collect())
print("nothing left:", gc.collect())
print(gc.garbage)
