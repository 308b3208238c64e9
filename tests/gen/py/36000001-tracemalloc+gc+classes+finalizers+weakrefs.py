# gen.py 36000001 --features tracemalloc,gc,classes,finalizers,weakrefs,core --stmts 120
import sys
import gc
class C1:
    kind = "snake_case"
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
class C2:
    kind = "tab\t"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __del__(self):
        print("del C2", self.a)
def f1(p0, p1=3):
    acc = [p0, p1]
    for i in range(5):
        acc.append(i)
    return acc
v1 = (1327647307, "line\n", 207, "spam eggs", "tab\t")
import _weakref
class WR_:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del WR_', self.tag)
wr_all_ = []
def wr_cb_(ref):
    print('callback', ref() is None, _weakref.getweakrefcount(ref))
class wo2(WR_):
    pass
wr3 = _weakref.ref(wo2, wr_cb_)
print(wr3() is wo2, _weakref.getweakrefcount(wo2), len(_weakref.getweakrefs(wo2)))
print(v1)
print(gc.collect())
v4 = "snake_case"
r5 = f1(-45727, 290707166)
print(r5)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm6 = "ü"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm6
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
acc7 = []
i = 0
while i < 6:
    if i % 4 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
print(len(v1))
v8 = -2.25
acc7.reverse()
v9 = 1593811835
print(gc.collect())
v10 = C1(len(acc7))
v8 = v9 / 2
print(type(v8).__name__)
acc7.append("-".join(str(e) for e in acc7))
v11 = (-2.25, 251)
r12 = f1(len(v1), len(acc7))
print(r12)
o13 = C2(v9 % 5)
o14 = C2(-v9)
o13.other = o14
o14.other = o13
del o13, o14
print(gc.collect())
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm15 = {166: len(v4), 38: v9 + 6, 248: v9 * -3}
tm15 = [tm15 for _ in range(34)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
r16 = f1(v9 * 7, v9 // -4)
print(r16)
v17 = ()
if acc7:
    print(acc7.pop())
print(v17)
print(type(v1).__name__)
acc18 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc18.append((i, x))
else:
    acc18.append(None)
print(len(acc18), acc18[-3:])
if acc18:
    print(acc18.pop())
print(type(v4).__name__)
print(len(acc18))
print(tm15)
v19 = tuple(acc18)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm20 = list(range(9))
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm20
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(gc.is_tracked(wr3), len(gc.get_referents(wr3)))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm21 = (v9 + 1394651312,)
tm21 = [tm21 for _ in range(29)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm21
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(v17)
print(type(v17).__name__)
v9 = v9 % 97
v19 = ()
del wr3
print(_weakref.getweakrefcount(wo2))
v22 = {i: i * i for i in range(2)}
wr23 = _weakref.ref(wo2)
print(wr23() is wo2, _weakref.getweakrefcount(wo2), len(_weakref.getweakrefs(wo2)))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm24 = "a"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v25 = (v8 * 786.34, v8 * 1e10, "café", tm24[0:5], v9 + 682817396, len(v11))
print(len(v22))
v26 = {i: i * i for i in range(5)}
o27 = C2(16)
o28 = C2(v9 // 1)
o27.other = o28
o28.other = o27
o29 = C2(-v9)
o30 = C2(78216)
o29.other = o30
o30.other = o29
v31 = [float(v9), v9 * 6]
v1 = (str(v8), "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 3.141592653589793, v4.swapcase(), v9 * 5)
v32 = (len(v11), v9 // 3, "  pad  ", 55, 7, 1e10)
print(v22.get(10), list(v22.keys())[:3])
print(len(v22))
acc33 = []
for i in range(10):
    acc33.append((i, i))
print(len(acc33), acc33[-3:])
print(len(gc.get_referents(o30)))
v34 = C2(v9 % 97)
v32 = ()
o35 = C1(v9 // -4)
o36 = C1(498278664)
o35.other = o36
o36.other = o35
acc7.append(v9 // 7)
acc33.reverse()
print(wr23 == _weakref.ref(wo2), hash(wr23) == hash(wo2), wo2.__weakref__ is not None)
del o30
print(tm15)
v31.insert(3, 765)
acc37 = []
i = 0
while i < 10:
    if i % 5 == 0:
        acc37.append(i)
    i += 1
print(len(acc37), acc37[-3:])
acc18.reverse()
v22["k0"] = 585303563
v26.update({2: 8})
print(gc.is_tracked(o27))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm38 = acc33 + [v9 % 10]
tm38 = [tm38 for _ in range(7)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm38
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm39 = {"k0": 245, "k1": "tab\t", "k2": -v9, "k3": v9 + 2069666410, "k4": len(v22), "k5": str(v8), "k6": -39004}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(type(o27).__name__)
v9 = -v9
print(type(o36).__name__)
del v8
print(gc.is_tracked(wr23), len(gc.get_referents(wr23)))
print(tm24)
print(type(tm15).__name__)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm40 = [-v9, v9 // -4, v9 + 1370488657, v9 % 10, v9 % 2, v9 * 2, -32121]
tm40 = [tm40 for _ in range(12)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm40
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm41 = [i * 5 for i in range(9)]
tm41 = [tm41 for _ in range(34)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm41
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm42 = [i * 6 for i in range(3)]
tm42 = [tm42 for _ in range(19)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(gc.is_tracked(v26))
print(v10.a, v10.total())
del wo2
print(wr23() is None)
v43 = v9 / 7
del v26
v44 = C2(v9 + 99804)
acc33 = [88219, v9 + 172]
v45 = len(v11)
print(type(o28).__name__)
v43 = float(v45)
v46 = {-1: 113, 201: -47776, 18: v9 // 3}
print(type(v45).__name__)
print(v1)
o47 = C2(87)
o48 = C2(len(v1))
o47.other = o48
o48.other = o47
del o47, o48
print(gc.collect())
v49 = 193157355
acc50 = []
i = 0
while i < 24:
    if i % 5 == 0:
        acc50.append(i)
    i += 1
print(len(acc50), acc50[-3:])
wo51 = {3, 37}
wr52 = _weakref.ref(wo51, wr_cb_)
print(wr52() is wo51, _weakref.getweakrefcount(wo51), len(_weakref.getweakrefs(wo51)))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm53 = str(v49)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v54 = tm53 * 3
acc18 = [i * 6 for i in range(0)]
print(type(acc37).__name__)
v55 = 938.30
wr56 = _weakref.ref(wo51, wr_cb_)
print(wr56() is wo51, _weakref.getweakrefcount(wo51), len(_weakref.getweakrefs(wo51)))
v57 = {49: 84, 53: v49 // 3, 187: v49 // -4, -11: len(v46), 72: v49 + 250}
acc58 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc58.append((i, x))
else:
    acc58.append(None)
print(len(acc58), acc58[-3:])
v59 = C1(-v45)
del v4
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm60 = acc37 + [-v45]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(gc.is_tracked(acc58))
acc50.insert(0, 36)
print(gc.is_tracked(v1))
if acc18:
    acc18[0] = repr(v43)
v61 = dict(k0=v45 % 2, k1=v49 % 10)
acc62 = []
i = 0
while i < 0:
    if i % 5 == 0:
        acc62.append(i)
    i += 1
print(len(acc62), acc62[-3:])
acc63 = []
i = 0
while i < 15:
    if i % 2 == 0:
        acc63.append(i)
    i += 1
print(len(acc63), acc63[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm64 = (-v45,)
tm64 = [tm64 for _ in range(29)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm64
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm24 = repr(acc37)
acc65 = []
i = 0
while i < 14:
    if i % 5 == 0:
        acc65.append(i)
    i += 1
print(len(acc65), acc65[-3:])
wo66 = {1, 67}
wr67 = _weakref.ref(wo66)
print(wr67() is wo66, _weakref.getweakrefcount(wo66), len(_weakref.getweakrefs(wo66)))
print(gc.collect())
