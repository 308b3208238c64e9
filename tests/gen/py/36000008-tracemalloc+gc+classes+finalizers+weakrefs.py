# gen.py 36000008 --features tracemalloc,gc,classes,finalizers,weakrefs,core --stmts 120
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
def f1(p0, p1=3):
    acc = [p0, p1]
    return acc
o1 = C1(15756)
o2 = C1(242)
o1.other = o2
o2.other = o1
del o1, o2
print(gc.collect())
v3 = 203
v4 = -v3
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm5 = ""
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(type(tm5).__name__)
v6 = [i * 2 for i in range(11)]
if v6:
    v6[0] = tm5 + "tab\t"
print(gc.is_tracked(v6))
v7 = (176,)
v8 = C1(901567935)
o9 = C1(519029720)
o10 = C1(69209152)
o9.other = o10
o10.other = o9
import _weakref
class WR_:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del WR_', self.tag)
wr_all_ = []
def wr_cb_(ref):
    print('callback', ref() is None, _weakref.getweakrefcount(ref))
wo11 = {3, 45}
wr12 = _weakref.ref(wo11, wr_cb_)
print(wr12() is wo11, _weakref.getweakrefcount(wo11), len(_weakref.getweakrefs(wo11)))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm13 = tm5[2:3]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm13
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
del wo11
print(wr12() is None)
print(v6)
v14 = {i: i * i for i in range(2)}
acc15 = []
i = 0
while i < 17:
    if i % 2 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
o16 = C1(v4 // 1)
o17 = C1(v4 // 1)
o16.other = o17
o17.other = o16
acc18 = []
i = 0
while i < 15:
    if i % 4 == 0:
        acc18.append(i)
    i += 1
print(len(acc18), acc18[-3:])
acc19 = []
for i in range(7):
    acc19.append([i])
print(len(acc19), acc19[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm20 = [i * 4 for i in range(8)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(tm20)
print(v6)
print(v7)
print(tm20)
acc21 = []
for i, x in enumerate("abcdef"):
    if i > 1:
        break
    acc21.append((i, x))
else:
    acc21.append(None)
print(len(acc21), acc21[-3:])
r22 = f1(v3 // 7, v3 * -1)
print(r22)
acc23 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc23.append((i, x))
else:
    acc23.append(None)
print(len(acc23), acc23[-3:])
wo24 = {5, 49}
wr25 = _weakref.ref(wo24)
print(wr25() is wo24, _weakref.getweakrefcount(wo24), len(_weakref.getweakrefs(wo24)))
acc21.append(427335339)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
wr26 = _weakref.ref(wo24, wr_cb_)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm wr', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(v4)
print(len(acc21))
v27 = 222
v8 = C1(607087683)
print(gc.is_tracked(wr25), len(gc.get_referents(wr25)))
v28 = -v27
o29 = C1(v3 // -4)
o30 = C1(151)
o29.other = o30
o30.other = o29
del o29, o30
print(gc.collect())
r31 = f1(1073450598, 1970081837)
print(r31)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm32 = {113: -v27, 87: 914630719, 37: v28 + 106124432, 17: 204}
tm32 = [tm32 for _ in range(31)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(type(tm5).__name__)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm33 = {i: i * i for i in range(2)}
tm33 = [tm33 for _ in range(25)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm33
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(v6)
wo34 = frozenset(range(5))
wr35 = _weakref.ref(wo34)
print(wr35() is wo34, _weakref.getweakrefcount(wo34), len(_weakref.getweakrefs(wo34)))
o9 = C1(v28 + -47038)
acc36 = []
for i in range(16):
    acc36.append([i])
print(len(acc36), acc36[-3:])
print(gc.is_tracked(v7))
v37 = v28 / 2
print(v6)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm38 = "Hello World"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
class wo39(WR_):
    pass
wr40 = _weakref.ref(wo39)
print(wr40() is wo39, _weakref.getweakrefcount(wo39), len(_weakref.getweakrefs(wo39)))
o41 = C1(v4 // 7)
o42 = C1(-v27)
o41.other = o42
o42.other = o41
v43 = tm5.split()
print(type(acc18).__name__)
print(tm5)
acc44 = []
for i in range(9):
    acc44.append({i: i})
print(len(acc44), acc44[-3:])
del tm32
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm45 = v6 + [40]
tm45 = [tm45 for _ in range(32)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v46 = str(v4)
print(v14.get(5), list(v14.keys())[:3])
v47 = float(v27)
del v47
print(v6)
v7 = ("line\n", v3 * 4, -v27, v4 // 2, 3.141592653589793)
acc48 = []
i = 0
while i < 5:
    if i % 5 == 0:
        acc48.append(i)
    i += 1
print(len(acc48), acc48[-3:])
print(gc.is_tracked(tm45))
v7 = ("snake_case", 2.5e-3, -v3, v28 % 97, -v3, str(v28))
del acc15
print(gc.collect())
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm49 = "-".join(str(e) for e in v43)
tm49 = [tm49 for _ in range(31)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm49
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
o50 = C1(1113248269)
o51 = C1(v3 * 0)
o50.other = o51
o51.other = o50
del o50, o51
print(gc.collect())
acc52 = []
i = 0
while i < 24:
    if i % 3 == 0:
        acc52.append(i)
    i += 1
print(len(acc52), acc52[-3:])
o53 = C1(2041073733)
o54 = C1(-3376)
o53.other = o54
o54.other = o53
del o53, o54
print(gc.collect())
v37 = v27 / 3
v37 = v4 / 3
print(gc.is_tracked(acc52))
print(len(acc48))
acc55 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc55.append((i, x))
else:
    acc55.append(None)
print(len(acc55), acc55[-3:])
r56 = f1(len(tm5), v3 * -2)
print(r56)
v57 = (181,)
v3 = v28 * 6
print(type(v7).__name__)
del acc44
o58 = C1(74)
o59 = C1(-v27)
o58.other = o59
o59.other = o58
del o58, o59
print(gc.collect())
v14 = dict(k0=-v28, k1=9443, k2=v27 % 10, k3=617987464, k4=661812944)
print(len(v43))
acc48.extend(range(2))
print(gc.is_tracked(v28))
v14 = dict(k0=v28 // 7)
print(tm20)
print(type(v27).__name__)
print(acc19)
del o42
tm45 = acc21 + [-v27]
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm60 = "-".join(str(e) for e in acc55)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v61 = C1(22)
if acc21:
    acc21[0] = tm38 * 4
print(gc.is_tracked(v43))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm62 = list(range(10))
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm20 = [len(acc55), v28 % 10]
v63 = {"k0": "-".join(str(e) for e in acc36), "k1": str(v4), "k2": "中文", "k3": "tab\t"}
print(type(v8).__name__)
print(_weakref.ref(wo39) is _weakref.ref(wo39), _weakref.getweakrefcount(wo39))
v64 = v3 + 26
print(v63.pop(12, None))
acc65 = []
i = 0
while i < 17:
    if i % 5 == 0:
        acc65.append(i)
    i += 1
print(len(acc65), acc65[-3:])
print(type(v14).__name__)
del acc55
acc65.insert(-1, v28 * 3)
v66 = -v27
v43.append(v66 * 6)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm67 = tm20 + [v66 + -6591]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
wc68 = WR_('wc68')
wc68.peer = [wc68, WR_('in wc68')]
wr69 = _weakref.ref(wc68, wr_cb_)
del wc68
print(wr69() is None, gc.collect(), wr69() is None)
o70 = C1(-853)
o71 = C1(69)
o70.other = o71
o71.other = o70
print([x() is wo34 for x in _weakref.getweakrefs(wo34)])
print(gc.collect())
