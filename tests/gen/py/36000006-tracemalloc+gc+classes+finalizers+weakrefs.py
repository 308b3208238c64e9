# gen.py 36000006 --features tracemalloc,gc,classes,finalizers,weakrefs,core --stmts 120
import sys
import gc
class C1:
    kind = "  pad  "
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __del__(self):
        print("del C1", self.a)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    acc = tuple(acc)
    return acc
o1 = C1(601270497)
o2 = C1(18669)
o1.other = o2
o2.other = o1
v3 = [247, 161, 111, 228, -21459, 83918, 1055928694]
acc4 = []
for i, x in enumerate(range(5, 12)):
    if i > 2:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
print(gc.is_tracked(acc4))
print(gc.is_tracked(acc4))
import _weakref
class WR_:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del WR_', self.tag)
wr_all_ = []
def wr_cb_(ref):
    print('callback', ref() is None, _weakref.getweakrefcount(ref))
class wo5(WR_):
    pass
wr6 = _weakref.ref(wo5, lambda x: print('lambda cb', x() is None))
print(wr6() is wo5, _weakref.getweakrefcount(wo5), len(_weakref.getweakrefs(wo5)))
v7 = len(v3)
print(len(v3))
acc4.append(20)
v8 = C1(92)
print(gc.is_tracked(v8))
v9 = str(v7)
print(v9)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm10 = v9.split()
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc11 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc11.append((i, x))
else:
    acc11.append(None)
print(len(acc11), acc11[-3:])
print(type(o2).__name__)
print(gc.collect())
print(type(acc11).__name__)
o12 = C1(217)
o13 = C1(858774925)
o12.other = o13
o13.other = o12
del o12, o13
print(gc.collect())
del o1
print(type(v8).__name__)
print(len(v3))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = v9[3:5]
tm14 = [tm14 for _ in range(2)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm14
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
acc15 = []
for i in range(9):
    acc15.append(i)
print(len(acc15), acc15[-3:])
print(type(tm10).__name__)
print(gc.is_tracked(o2))
del o2
v7 = v7 // 3
print(gc.is_tracked(v7))
print(len(tm10))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = (v7 * 7,)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v17 = 1e10
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm18 = {}
tm18 = [tm18 for _ in range(34)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm18
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(type(tm10).__name__)
o19 = C1(-v7)
o20 = C1(1560145086)
o19.other = o20
o20.other = o19
r21 = f1(len(tm10))
print(r21)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm22 = v9.split()
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v23 = {219: v7 * 5, 281: 89, 77: -v7, 183: 84216}
print(len(gc.get_referents(v8)))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm24 = acc4 + [v7 % 97]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(gc.is_tracked(o19))
wo25 = frozenset(range(2))
wr26 = _weakref.ref(wo25)
print(wr26() is wo25, _weakref.getweakrefcount(wo25), len(_weakref.getweakrefs(wo25)))
v27 = C1(v7 // 1)
v28 = 48
v7 = 133
o29 = C1(v7 * 6)
o30 = C1(-25594)
o29.other = o30
o30.other = o29
del o29, o30
print(gc.collect())
print(v23.get(0), list(v23.keys())[:3])
del acc4
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm31 = (str(v7), float(v28), 100.0, -2.25, v9[1:7], -2.25)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(acc11)
v32 = C1(v7 // 2)
del tm22[:0]
print(gc.collect())
if tm22:
    tm22[0] = v9.capitalize()
r33 = f1(-v7)
print(r33)
wo34 = WR_('wo34')
wr35 = _weakref.ref(wo34)
print(wr35() is wo34, _weakref.getweakrefcount(wo34), len(_weakref.getweakrefs(wo34)))
print(v17)
v36 = v7 * 5
v37 = 172
del v23
r38 = f1(1831654925)
print(r38)
acc39 = []
for i in range(11):
    acc39.append([i])
print(len(acc39), acc39[-3:])
v40 = {i: i * i for i in range(2)}
del tm31
print(v40.pop(12, None))
print(type(tm24).__name__)
print(gc.is_tracked(acc11))
v41 = (v17 * 954.49, v36 + 2024815895, v37 * 6, v28 + 20, len(v40))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm42 = "-".join(str(e) for e in v3)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm42
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(gc.collect())
o43 = C1(v36 // -4)
o44 = C1(v36 % 10)
o43.other = o44
o44.other = o43
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm45 = f"<{v7}>"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm45
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v46 = 1e10
v47 = {14: -v28, 61: v28 + 131}
del v32
v48 = [v28 // 1, -v7]
del tm10[:0]
print(v40.get(6), list(v40.keys())[:3])
print(type(o44).__name__)
try:
    _weakref.ref(42)
except TypeError as e:
    print('TypeError', e)
v49 = v9[3:8]
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm50 = repr(v36)
tm50 = [tm50 for _ in range(19)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm51 = [v37 * 2, 1840667281, -v7]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
if tm51:
    tm51[0] = v9 * 2
print(type(v17).__name__)
wo52 = WR_('wo52')
wr53 = _weakref.ref(wo52)
print(wr53() is wo52, _weakref.getweakrefcount(wo52), len(_weakref.getweakrefs(wo52)))
acc54 = []
for i in range(13):
    acc54.append((i, i))
print(len(acc54), acc54[-3:])
print(gc.is_tracked(tm22))
print(o19.a, o19.total())
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm55 = v49.swapcase()
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm56 = [len(acc39), len(acc11), v36 * 7, -69524, -v36, 911870860]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm56
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(type(v46).__name__)
v57 = C1(v37 // 7)
print(acc39)
del v49
r58 = f1(-v7)
print(r58)
del v8
v41 = (15551,)
print(type(tm24).__name__)
o59 = C1(-v7)
o60 = C1(len(acc39))
o59.other = o60
o60.other = o59
if 9 in v40:
    del v40[9]
v61 = f"<{v7}>"
print(type(v57).__name__)
del o43
if "k6" in v47:
    del v47["k6"]
print(len(v61))
v62 = (1886644542,)
print(gc.is_tracked(tm10))
v62 = tuple(tm24)
print(tm22)
tm55 = tm55[2:3]
o63 = C1(-v28)
o64 = C1(1936027859)
o63.other = o64
o64.other = o63
del o63, o64
print(gc.collect())
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm65 = str(v46)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
o66 = C1(343888383)
o67 = C1(v28 * 0)
o66.other = o67
o67.other = o66
del o66, o67
print(gc.collect())
print(tm24)
print(type(v61).__name__)
v68 = v28 / 2
v69 = C1(2053753871)
v70 = 2.5e-3
print(gc.collect())
