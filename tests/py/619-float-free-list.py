# Float objects are reused from a free list: id() of a freed float comes back.
import sys

def fresh(x):
    return x * 1.5

a = fresh(2.0)
ida = id(a)
del a
b = fresh(3.0)
print(id(b) == ida)
xs = [fresh(i) for i in range(5)]
ids = [id(x) for x in xs]
del xs
ys = [fresh(i) for i in range(5)]
print(sorted(id(y) for y in ys) == sorted(ids))
print([id(y) for y in ys] == ids[::-1])
f = 0.1 + 0.2
g = 0.1 + 0.2
print(f == g, f is g, id(f) == id(g))
print(id(fresh(1.0)) == id(fresh(2.0)))
t = 1.5
print(t is 1.5, sys.getsizeof(t))
h = float("1.5")
print(h is t, h == t)
total = 0.0
seen = set()
for i in range(10):
    total += i / 3
    seen.add(id(total))
print(round(total, 6), len(seen) <= 3)
z = 2.0
print(int(z) is 2, sys.getrefcount(z))
k = [0.5] * 3
print(k[0] is k[2])
m = [i + 0.5 for i in range(3)]
print(m[0] is m[1], sys.getsizeof(m[0]))
