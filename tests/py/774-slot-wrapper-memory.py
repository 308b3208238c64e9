# a method-wrapper is a GC object made on every lookup (LOAD_METHOD too):
# gc counts, sizes, tracking and the reference it holds
import gc
import sys
gc.disable()
a = [1]
c0 = gc.get_count()
m = a.__repr__
c1 = gc.get_count()
print(c1[0] - c0[0], sys.getsizeof(m), gc.is_tracked(m), sys.getrefcount(a))
m2 = a.__repr__
print(m is m2, m == m2 or True, sys.getrefcount(a))
del m, m2
print(sys.getrefcount(a))
c0 = gc.get_count()
s = a.__repr__()
c1 = gc.get_count()
print(c1[0] - c0[0], s)
c0 = gc.get_count()
s = repr(a)
c1 = gc.get_count()
print(c1[0] - c0[0], s)
c0 = gc.get_count()
for i in range(10):
    a.__len__()
c1 = gc.get_count()
print(c1[0] - c0[0])
c0 = gc.get_count()
x = int.__add__(1, 2)
w = int.__add__
c1 = gc.get_count()
print(c1[0] - c0[0], x, sys.getsizeof(w))
c0 = gc.get_count()
y = (5).__add__
c1 = gc.get_count()
print(c1[0] - c0[0], sys.getsizeof(y))
class K:
    def __init__(self):
        self.v = 1
k = K()
c0 = gc.get_count()
e = k.__eq__
h = k.__hash__
c1 = gc.get_count()
print(c1[0] - c0[0], sys.getrefcount(k))
del e, h
print(sys.getrefcount(k))
c0 = gc.get_count()
r = k.__repr__()
c1 = gc.get_count()
print(c1[0] - c0[0], r[:12])
c0 = gc.get_count()
ws = [a.__len__ for i in range(5)]
c1 = gc.get_count()
print(c1[0] - c0[0], sys.getrefcount(a), len(ws))
ws = None
print(sys.getrefcount(a))
lst = [k.__init__, a.__iter__]
lst.append(lst)
del lst
print(gc.collect())
