# id() reuse: a freed object's address is handed to the next object of the same size.
import sys

class Box:
    def __init__(self, v):
        self.v = v

a = Box(1)
addr = id(a)
del a
b = Box(2)
print("instance reused:", id(b) == addr)
f = 1.5 * 3
fa = id(f)
del f
g = 2.5 * 3
print("float reused:", id(g) == fa)
l = [1, 2, 3]
la = id(l)
del l
m = [4, 5]
print("list reused:", id(m) == la)
d = {"a": 1}
da = id(d)
del d
e = {"b": 2}
print("dict reused:", id(e) == da)
t = (1, 2, "x" + str(1))
ta = id(t)
del t
u = (3, 4, "y" + str(2))
print("tuple same size reused:", id(u) == ta)
s = "abc" + str(1)
sa = id(s)
del s
s2 = "xyz" + str(2)
print("str reused:", id(s2) == sa)
ids = []
for i in range(5):
    obj = [i]
    ids.append(id(obj))
print("loop ids:", len(set(ids)))
ids2 = [id([i]) for i in range(5)]
print("temporaries:", len(set(ids2)))
print(id([]) == id([]), [] is [], id(Box(0)) == id(Box(1)))
print(id(1000 + 1) == id(1000 + 2))
