# Classroom: freed tuples are kept on a free list per length and reused.
import sys

def make(n, seed):
    return tuple(range(seed, seed + n))

a = make(3, 100)
ida = id(a)
del a
b = make(3, 200)
print("same length reuses the id:", id(b) == ida)
c = make(2, 300)
idc = id(c)
del c
d = make(4, 400)
print("other length does not:", id(d) == idc)
e = make(2, 500)
print("length 2 again:", id(e) == idc)
print("sizes:", [sys.getsizeof(make(n, 1000)) for n in range(6)])
print("empty tuple is a singleton:", make(0, 1) is ())
ids = []
for n in range(1, 5):
    t = make(n, 600)
    ids.append(id(t))
    del t
for n in range(1, 5):
    t = make(n, 700)
    print(n, id(t) == ids[n - 1])
    del t
x = (1, 2)
y = (1, 2)
print("constants folded:", x is y)
p = make(5, 800)
q = make(5, 900)
idp, idq = id(p), id(q)
del p
del q
r = make(5, 1000)
print("last freed first reused:", id(r) == idq, id(r) == idp)
