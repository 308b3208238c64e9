# Classroom: floats are recycled through a free list.
import sys

x = 3.5 * 2
idx = id(x)
del x
y = 1.25 * 4
print("reused:", id(y) == idx)
print("size:", sys.getsizeof(y))
ids = []
vals = []
for i in range(5):
    vals.append(i * 1.5)
for v in vals:
    ids.append(id(v))
del v
vals.clear()
again = [i * 2.5 for i in range(5)]
print("reversed reuse:", [id(v) for v in again] == ids[::-1])
a = 0.1 + 0.2
b = 0.1 + 0.2
print(a == b, a is b)
c = a
print(c is a, sys.getrefcount(a))
f = float("1.5")
g = float("1.5")
print(f is g)
print(sys.getsizeof(1e300), sys.getsizeof(float("inf")))
