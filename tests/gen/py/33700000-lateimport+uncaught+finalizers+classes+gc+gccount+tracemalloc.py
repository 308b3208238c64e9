# gen.py 33700000 --features lateimport,uncaught,finalizers,classes,gc,gccount,tracemalloc,core --stmts 60
import sys
class C1:
    kind = "spam eggs"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __del__(self):
        print("del C2", self.a)
def f1(p0=0):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = 255711859
v1 = 33
v2 = v1 / 2
import gc
print(gc.collect())
v3 = C1(1949513097)
v4 = 1711499489
v5 = {"k0": v1 // -4, "k1": "  pad  ", "k2": str(v1)}
del v3
acc6 = []
i = 0
while i < 5:
    if i % 2 == 0:
        acc6.append(i)
    i += 1
print(len(acc6), acc6[-3:])
v7 = v2 * 2.5e-3
print(type(v5).__name__)
v5[3] = [v1 // 2, v4 // 1, v1 % 97, 39420970, 196, 80658269, v4 // -4, v1 * 3, v1 + 166]
print(v5.pop(2, None))
print(v7)
r8 = f1(len(v5))
print(r8)
del v5
print(gc.is_tracked(acc6))
acc6.reverse()
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm9 = "xxxxxxxx"
tm9 = [tm9 for _ in range(36)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm9
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v10 = float(v4)
o11 = C2(99)
o12 = C2(v1 % 10)
o11.other = o12
o12.other = o11
del o11, o12
print(gc.collect())
acc13 = []
i = 0
while i < 25:
    if i % 5 == 0:
        acc13.append(i)
    i += 1
print(len(acc13), acc13[-3:])
print(gc.is_tracked(v7))
print(len(acc6))
r14 = f1(-v1)
print(r14)
r15 = f1(v1 * 7)
print(r15)
print(gc.is_tracked(acc6))
print(type(v4).__name__)
gc.collect()
print(gc.get_count())
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = tuple(acc6)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm16
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(v7)
print(type(v2).__name__)
v17 = {}
print(v17.pop(10, None))
v7 = 1e10
print(v1)
acc13.append(-v4)
acc13.reverse()
v17[5] = str(v10)
if acc6:
    print(acc6.pop())
r18 = f1(v1 // 7)
print(r18)
v19 = {}
print(gc.is_tracked(v10))
print(type(v1).__name__)
acc13.reverse()
v4 = 1033059528
print(gc.is_tracked(v17))
del r18
print(gc.get_count())
print(v2)
v20 = v4 / -8
print(type(acc13).__name__)
print(type(acc6).__name__)
v21 = -1
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm22 = "spam eggs"
tm22 = [tm22 for _ in range(40)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm22
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v21 = v4 * 3
v23 = v1 % 97
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm24 = "UPPER"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm24
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v25 = tuple(acc13)
print(gc.collect())
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
    return items[n]
print('before')
fail_(120)
