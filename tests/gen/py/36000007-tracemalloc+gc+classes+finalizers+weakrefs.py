# gen.py 36000007 --features tracemalloc,gc,classes,finalizers,weakrefs,core --stmts 120
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
class C2:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __del__(self):
        print("del C2", self.a)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1():
    acc = []
    return acc
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm1 = ("hello", 1.5, "Hello World", "spam eggs", "b", 23)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm1
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v2 = 300392484
v3 = ("UPPER", -19034, f"<{v2}>", v2 // -4, f"<{v2}>", -54101)
v4 = 162
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm5 = (v4 * 6, repr(v4))
tm5 = [tm5 for _ in range(29)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm5
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v6 = v4 + -73930
v7 = (len(v3),)
print(gc.is_tracked(v6))
v8 = (232, 3.141592653589793, "snake_case", repr(v7), str(v4), len(v3))
print(gc.is_tracked(v8))
acc9 = []
for i in range(14):
    acc9.append({i: i})
print(len(acc9), acc9[-3:])
v10 = {}
v11 = 0.1
r12 = f1()
print(r12)
del acc9
print(v4)
print(gc.collect())
import _weakref
class WR_:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del WR_', self.tag)
wr_all_ = []
def wr_cb_(ref):
    print('callback', ref() is None, _weakref.getweakrefcount(ref))
class wo13(WR_):
    pass
wr14 = _weakref.ref(wo13, lambda x: print('lambda cb', x() is None))
print(wr14() is wo13, _weakref.getweakrefcount(wo13), len(_weakref.getweakrefs(wo13)))
if 7 in v10:
    del v10[7]
print(gc.is_tracked(v6))
if 7 in v10:
    del v10[7]
v15 = (len(v3), 3.141592653589793, v6 * 3, v6 + 195)
v10.update({"k4": 2})
print(v10.pop(7, None))
v16 = "UPPER"
v3 = ()
print(gc.is_tracked(v3))
print(type(v7).__name__)
print(gc.is_tracked(v3))
v10[4] = 812150054
print(v10.get(5), list(v10.keys())[:3])
v10[9] = [v2 / -8, v16 + "UPPER", float(v2), 256645891, v4 % 5]
v17 = [v6 * 0, v4 % 2, v2 * -1, len(v10), len(v10), v6 + 44, v4 // 1, 150]
del v15
print(v3)
r18 = f1()
print(r18)
print(len(v17))
v19 = C1(v4 % 5)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm20 = "-".join(str(e) for e in v17)
tm20 = [tm20 for _ in range(27)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm20
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
o21 = C1(707569054)
o22 = C1(v6 % 10)
o21.other = o22
o22.other = o21
v6 = v4 % 97
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm23 = ()
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm23
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v24 = {98: v6 % 97, 227: 153, 297: -3, 270: v6 // 3, 255: v4 // 2}
wc25 = WR_('wc25')
wc25.peer = [wc25, WR_('in wc25')]
wr26 = _weakref.ref(wc25, wr_cb_)
del wc25
print(wr26() is None, gc.collect(), wr26() is None)
print(v19.a, v19.total())
v16 = "-".join(str(e) for e in v3)
if v17:
    print(v17.pop())
print(type(v3).__name__)
o27 = C2(-v6)
o28 = C2(817007475)
o27.other = o28
o28.other = o27
del o27, o28
print(gc.collect())
v16 = v16.replace("l", "L")
print(gc.collect())
r29 = f1()
print(r29)
o21 = C2(v2 % 2)
del v17[:2]
v16 = "UPPER"
o30 = C1(v2 % 2)
o31 = C1(144)
o30.other = o31
o31.other = o30
r32 = f1()
print(r32)
print(gc.is_tracked(wr14), len(gc.get_referents(wr14)))
del o21
if 12 in v10:
    del v10[12]
v10 = dict(k0=len(v8), k1=v4 * 1, k2=v6 * 7, k3=v2 * -1, k4=-v4)
print(len(gc.get_referents(v17)))
print(v24.get(4), list(v24.keys())[:3])
def wo33(x):
    return x + 1
wr34 = _weakref.ref(wo33, wr_cb_)
print(wr34() is wo33, _weakref.getweakrefcount(wo33), len(_weakref.getweakrefs(wo33)))
print(v10.get("k2"), list(v10.keys())[:3])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm35 = v16[2:7]
tm35 = [tm35 for _ in range(21)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm35
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(gc.is_tracked(v2))
print(len(v24))
r36 = f1()
print(r36)
acc37 = []
for i, x in enumerate([3, 1, 2]):
    if i > 1:
        break
    acc37.append((i, x))
else:
    acc37.append(None)
print(len(acc37), acc37[-3:])
v16 = "UPPER"
print(len(v17))
del wr14
print(_weakref.getweakrefcount(wo13))
del o31
v38 = C2(v4 * 4)
v39 = ()
print(len(v8))
v40 = float(v4)
acc37 = list(range(10))
del acc37
v41 = ()
print(gc.is_tracked(v7))
print(v24.get("k2"), list(v24.keys())[:3])
print(type(v4).__name__)
v42 = C1(v2 + 167)
acc43 = []
for i in range(13):
    acc43.append(i * 1000)
print(len(acc43), acc43[-3:])
wr44 = _weakref.ref(wo13, lambda x: print('lambda cb', x() is None))
print(wr44() is wo13, _weakref.getweakrefcount(wo13), len(_weakref.getweakrefs(wo13)))
print(sys.getsizeof(wr34), type(wr34).__name__, callable(wr34))
acc43.reverse()
v45 = len(v10)
print(v16)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm46 = [[j] * 3 for j in range(0)]
tm46 = [tm46 for _ in range(32)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm46
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v47 = [100.0, v2 / 7]
v4 = 1534195694
v47.insert(-1, 148)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm48 = {"k0": f"<{v40}>"}
tm48 = [tm48 for _ in range(20)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm48
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
o49 = C1(-v6)
o50 = C1(v6 * 3)
o49.other = o50
o50.other = o49
del o49, o50
print(gc.collect())
v47.reverse()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm51 = v16.split()
tm51 = [tm51 for _ in range(33)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm51
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
del v47[:2]
v52 = repr(v41)
print(len(gc.get_referents(acc43)))
o53 = C2(v45 // 3)
o54 = C2(-26432)
o53.other = o54
o54.other = o53
del o53, o54
print(gc.collect())
print(v19.a, v19.total())
print(type(v38).__name__)
acc55 = []
i = 0
while i < 6:
    if i % 2 == 0:
        acc55.append(i)
    i += 1
print(len(acc55), acc55[-3:])
print(v10.get(4), list(v10.keys())[:3])
print(type(o22).__name__)
v56 = f"<{v6}>"
del o30
v38 = C2(-v45)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm57 = (v6 / 7, f"<{v40}>", v11 * 0.0, v4 % 10, v16 + "café", -2.25)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v47.extend(range(9))
v56 = v52 * 2
v58 = C2(228)
print(gc.is_tracked(wr34), len(gc.get_referents(wr34)))
wo59 = {3, 71}
wr60 = _weakref.ref(wo59, wr_cb_)
print(wr60() is wo59, _weakref.getweakrefcount(wo59), len(_weakref.getweakrefs(wo59)))
print(gc.collect())
