# zip and enumerate keep their last result tuple and refill it while only
# they hold it; zip is called with an argument tuple (gc counts show both).
import gc, sys
a = [1, 2, 3]
b = "xyz"
gc.collect()
c = gc.get_count
x0 = c()[0]; x1 = c()[0]
z = zip(a, b)
x2 = c()[0]
e = enumerate(a)
x3 = c()[0]
print("create", x2 - x1, x3 - x2)
x1 = c()[0]
for i, y in enumerate(a):
    pass
x2 = c()[0]
print("enumerate unpacked", x2 - x1)
x1 = c()[0]
for t in enumerate(a):
    pass
x2 = c()[0]
print("enumerate kept", x2 - x1)
x1 = c()[0]
for p, q in zip(a, b):
    pass
x2 = c()[0]
print("zip unpacked", x2 - x1)
ids = set()
for t in zip(a, b):
    ids.add(id(t))
print(len(ids))
ids = set()
for t in enumerate(b):
    ids.add(id(t))
print(len(ids))
keep = list(zip(a, b))
print(len(set([id(k) for k in keep])))
print(sys.getsizeof(z), sys.getsizeof(e))
t1 = next(z)
print(sys.getrefcount(t1))
t2 = next(z)
print(t1, t2, t1 is t2)
del t1, t2
t3 = next(z)
print(t3, sys.getrefcount(t3))
x = next(e)
xid = id(x)
del x
y = next(e)
print(y, id(y) == xid, gc.is_tracked(y))
print(list(zip()), list(zip(a)), list(enumerate(b, 5)))
zz = zip(a, a, a)
print(next(zz), sys.getrefcount(zz))
try:
    zip(a, 5)
except TypeError as ex:
    print(ex)
try:
    enumerate(7)
except TypeError as ex:
    print(ex)
