# gen.py 33700003 --features lateimport,uncaught,finalizers,classes,gc,gccount,tracemalloc,core --stmts 60
import sys
class C1:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    for i in range(5):
        acc.append(i)
    return acc
v1 = 211
print(type(v1).__name__)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm2 = {}
tm2 = [tm2 for _ in range(20)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm2.extend(range(1))
v3 = (float(v1), len(tm2))
v4 = C1(v1 + 98119)
v5 = C1(len(v3))
print(type(v1).__name__)
import gc
print(gc.is_tracked(v5))
print(v1)
print(len(gc.get_referents(v3)))
tm2.insert(-2, v1 // 7)
v6 = (len(v3), v1 / -8, str(v1), v1 / 7, v1 % 97, "-".join(str(e) for e in tm2))
o7 = C1(len(v6))
o8 = C1(v1 // 7)
o7.other = o8
o8.other = o7
tm2.extend(range(1))
v9 = 1720578340
v10 = list(range(6))
print(type(o7).__name__)
v10.insert(0, 238)
v11 = f"<{v1}>"
v6 = (len(tm2),)
v12 = f"<{v1}>"
v13 = 229.6
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = (v13 * 100.0, float(v9))
tm14 = [tm14 for _ in range(35)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(type(v9).__name__)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm15 = "-".join(str(e) for e in tm2)
tm15 = [tm15 for _ in range(6)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(gc.is_tracked(v10))
print(type(v5).__name__)
print(gc.get_count())
print(gc.is_tracked(v6))
v16 = v13 * 3.141592653589793
print(gc.get_count())
print(len(tm2))
acc17 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc17.append((i, x))
else:
    acc17.append(None)
print(len(acc17), acc17[-3:])
o18 = C1(94275936)
o19 = C1(-v9)
o18.other = o19
o19.other = o18
del o18, o19
print(gc.collect())
print(type(acc17).__name__)
tm2.extend(range(9))
o20 = C1(v1 // 7)
o21 = C1(v1 + 47)
o20.other = o21
o21.other = o20
print(gc.is_tracked(v3))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm22 = tuple(tm14)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
o23 = C1(len(v3))
o24 = C1(36)
o23.other = o24
o24.other = o23
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm25 = list(range(3))
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm25
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v26 = 3.141592653589793
print(gc.is_tracked(o24))
print(gc.is_tracked(o23))
o27 = C1(v9 // 2)
o28 = C1(len(tm2))
o27.other = o28
o28.other = o27
del o27, o28
print(gc.collect())
v4 = C1(v9 // 2)
print(gc.is_tracked(v13))
print(gc.get_count())
r29 = f1()
print(r29)
print(type(v1).__name__)
acc30 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc30.append((i, x))
else:
    acc30.append(None)
print(len(acc30), acc30[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm31 = dict(k0=len(acc17), k1=v9 + 152, k2=v1 * 5)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm31
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(tm22)
v32 = v9 % 97
print(gc.is_tracked(tm2))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm33 = {129: v32 // 1, -7: v32 * 7, 35: 655316224, -7: 171, 300: v9 % 97, -6: -v9, 93: v9 + 138526750}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm33
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(type(v5).__name__)
v34 = float(v9)
print(gc.collect())
class Held_:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del Held_', self.tag)
c1_, c2_ = Held_('c1'), Held_('c2')
c1_.peer, c2_.peer = c2_, c1_
del c1_, c2_
def fail_(n):
    h = Held_(n)
    items = [h, n]
    return int('x%d' % n)
print('before')
fail_(14)
