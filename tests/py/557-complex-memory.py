# complex objects in memory: 32 bytes, not tracked, constants merged within a file
import sys, gc
a = 1j
b = 1j
c = 2 + 3j
print(sys.getsizeof(a), sys.getsizeof(c), a is b, gc.is_tracked(c))
print(sys.getrefcount(a), sys.getrefcount(c))
x = complex(1, 2)
y = complex(1, 2)
print(x is y, x == y, x == c - 1 - 1j)
z = c * 1
print(z is c, +c is c, sys.getrefcount(z))
t = (1j, 1j, 2j)
print(t[0] is t[1], t[0] is a)
d = {1j: "one", 2: "two"}
print(d[1j], d[2 + 0j], 1j in {1j}, (1 + 0j) in {1})
print(-0j, -(0j), 0j * -1, (-0.0 + 0j), complex(-0.0, -0.0))
ids = []
for i in range(3):
    w = complex(i, i)
    ids.append(id(w))
    del w
print(ids[0] == ids[1] == ids[2])
print(sum([1j, 2j, 3]), sum([0.5, 1j]), max([1, 2]) * 1j)
