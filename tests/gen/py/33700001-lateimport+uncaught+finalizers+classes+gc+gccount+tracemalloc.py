# gen.py 33700001 --features lateimport,uncaught,finalizers,classes,gc,gccount,tracemalloc,core --stmts 60
import sys
class C1:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __del__(self):
        print("del C1", self.a)
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
acc1 = []
i = 0
while i < 24:
    if i % 4 == 0:
        acc1.append(i)
    i += 1
print(len(acc1), acc1[-3:])
del acc1
v2 = []
print(len(v2))
r3 = f1(len(v2))
print(r3)
r4 = f1(9969)
print(r4)
r5 = f1(1767734018)
print(r5)
v6 = "a-b-c"
v7 = C1(603811911)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm8 = [i * 6 for i in range(5)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm9 = [i * 5 for i in range(2)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(len(v2))
v10 = {"k0": v6[2:2]}
import gc
gc.collect()
print(gc.get_count())
print(len(gc.get_referents(v7)))
del tm8[:2]
print(len(v6))
print(v6)
print(gc.is_tracked(v7))
o11 = C1(-7831)
o12 = C1(130)
o11.other = o12
o12.other = o11
del o11, o12
print(gc.collect())
v13 = 1.5
v14 = ("line\n", "tab\t", 18.88, f"<{v13}>")
v15 = 604898248
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = dict(k0=-93685)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm16.update({"k1": 1})
gc.collect()
print(gc.get_count())
v2 = [-99404, v15 + 59961, 64971]
print(v13)
v17 = {"k0": -50912, "k1": f"<{v13}>", "k2": 66319, "k3": len(tm16), "k4": v6 * 3, "k5": v15 + 527939699}
print(v2)
print(v10.pop("k4", None))
print(gc.is_tracked(tm8))
print(gc.is_tracked(v7))
v18 = tuple(v2)
o19 = C1(v15 // 1)
o20 = C1(v15 % 97)
o19.other = o20
o20.other = o19
del o19, o20
print(gc.collect())
print(gc.is_tracked(v7))
v21 = C1(v15 + 128)
print(gc.is_tracked(v21))
if 5 in v10:
    del v10[5]
v22 = v15 // 3
o23 = C1(v15 // 7)
o24 = C1(v15 // 1)
o23.other = o24
o24.other = o23
del o23, o24
print(gc.collect())
acc25 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc25.append((i, x))
else:
    acc25.append(None)
print(len(acc25), acc25[-3:])
v26 = C1(v15 * 7)
o27 = C1(172)
o28 = C1(v15 + 101)
o27.other = o28
o28.other = o27
print(len(gc.get_referents(o28)))
v13 = 0.1
print(len(v14))
print(len(tm9))
acc25.append(repr(v13))
if "k2" in v17:
    del v17["k2"]
print(type(o28).__name__)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm29 = [2.5e-3, 359843120, v22 * 4, 3662, 3.141592653589793, 145]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm29
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(len(gc.get_referents(acc25)))
acc30 = []
i = 0
while i < 7:
    if i % 4 == 0:
        acc30.append(i)
    i += 1
print(len(acc30), acc30[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm31 = ()
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm31
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(type(v7).__name__)
if tm9:
    print(tm9.pop())
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm32 = {i: i * i for i in range(8)}
tm32 = [tm32 for _ in range(11)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm32
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm33 = v6.split()
tm33 = [tm33 for _ in range(30)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v34 = tuple(tm9)
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
    return {'k': h}[n]
print('before')
fail_(260)
