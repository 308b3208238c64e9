# gen.py 36000005 --features tracemalloc,gc,classes,finalizers,weakrefs,core --stmts 120
import sys
import gc
class C1:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __del__(self):
        print("del C2", self.a)
def f1():
    acc = []
    acc = tuple(acc)
    return acc
o1 = C1(105)
o2 = C1(1871030863)
o1.other = o2
o2.other = o1
del o1, o2
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
wo3 = WR_('wo3')
wr4 = _weakref.ref(wo3)
print(wr4() is wo3, _weakref.getweakrefcount(wo3), len(_weakref.getweakrefs(wo3)))
print(wr4 == _weakref.ref(wo3), hash(wr4) == hash(wo3), wo3.__weakref__ is not None)
v5 = "café"
v6 = C1(1904787147)
print(gc.is_tracked(v6))
v7 = {}
del wo3
print(wr4() is None)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm8 = (v5.lower(), "snake_case", 231, 73, "café")
tm8 = [tm8 for _ in range(34)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
wo9 = WR_('wo9')
wr10 = _weakref.ref(wo9, lambda x: print('lambda cb', x() is None))
print(wr10() is wo9, _weakref.getweakrefcount(wo9), len(_weakref.getweakrefs(wo9)))
del wo9
print(wr10() is None)
acc11 = []
for i in range(19):
    acc11.append({i: i})
print(len(acc11), acc11[-3:])
v12 = "  pad  "
print(len(tm8))
v13 = "hello"
v14 = C1(242)
print(gc.collect())
r15 = f1()
print(r15)
v12 = "-".join(str(e) for e in tm8)
v16 = 58622
acc11.reverse()
wo17 = frozenset(range(2))
wr18 = _weakref.ref(wo17, wr_cb_)
print(wr18() is wo17, _weakref.getweakrefcount(wo17), len(_weakref.getweakrefs(wo17)))
print(gc.is_tracked(v13))
print(v7.get("k3"), list(v7.keys())[:3])
acc11.insert(3, 44391)
print(v14.a, v14.total())
wc19 = WR_('wc19')
wc19.peer = [wc19, WR_('in wc19')]
wr20 = _weakref.ref(wc19, wr_cb_)
del wc19
print(wr20() is None, gc.collect(), wr20() is None)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm21 = "xxxxxxxxx"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
if acc11:
    acc11[0] = "hello"
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm22 = [i * 8 for i in range(2)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm22
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v23 = -2.25
v24 = C1(251)
tm8.extend(range(7))
print(len(gc.get_referents(v24)))
print(v13)
o25 = C2(-v16)
o26 = C2(v16 // 3)
o25.other = o26
o26.other = o25
del o25, o26
print(gc.collect())
print(gc.is_tracked(v12))
del tm8
print(gc.is_tracked(v6))
acc11.reverse()
del v23
r27 = f1()
print(r27)
acc28 = []
for i in range(5):
    acc28.append(i * 1000)
print(len(acc28), acc28[-3:])
r29 = f1()
print(r29)
del r27
if "k5" in v7:
    del v7["k5"]
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm30 = f"<{v16}>"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
if acc11:
    acc11[0] = "spam eggs"
v31 = v13[0:5]
acc32 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc32.append((i, x))
else:
    acc32.append(None)
print(len(acc32), acc32[-3:])
acc33 = []
i = 0
while i < 8:
    if i % 3 == 0:
        acc33.append(i)
    i += 1
print(len(acc33), acc33[-3:])
o34 = C1(47219707)
o35 = C1(12)
o34.other = o35
o35.other = o34
del o34, o35
print(gc.collect())
v36 = 1068304153
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm37 = [i * 4 for i in range(3)]
tm37 = [tm37 for _ in range(7)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc33.insert(3, v36 % 97)
print(gc.is_tracked(v13))
o38 = C2(v36 + 227)
o39 = C2(v16 * -2)
o38.other = o39
o39.other = o38
del o38, o39
print(gc.collect())
del acc11[:2]
v40 = "a-b-c"
acc11.extend(range(6))
acc41 = []
i = 0
while i < 22:
    if i % 3 == 0:
        acc41.append(i)
    i += 1
print(len(acc41), acc41[-3:])
print(gc.is_tracked(v12))
v42 = v36 + 501005983
print(gc.is_tracked(wr18), len(gc.get_referents(wr18)))
v43 = float(v16)
print(_weakref.ref(wo17) is _weakref.ref(wo17), _weakref.getweakrefcount(wo17))
v44 = dict(k0=len(tm37), k1=197, k2=len(tm21), k3=v36 * 6, k4=v16 + -4782)
v45 = float(v36)
acc32.append(v42 * 7)
if 4 in v44:
    del v44[4]
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm46 = "b"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
wo47 = WR_('wo47')
wr48 = _weakref.ref(wo47, lambda x: print('lambda cb', x() is None))
print(wr48() is wo47, _weakref.getweakrefcount(wo47), len(_weakref.getweakrefs(wo47)))
acc32.append(v36 % 2)
acc32.extend(range(1))
if acc32:
    print(acc32.pop())
o49 = C2(len(v31))
o50 = C2(-v16)
o49.other = o50
o50.other = o49
del o49, o50
print(gc.collect())
print(gc.is_tracked(tm30))
wo51 = frozenset(range(0))
wr52 = _weakref.ref(wo51, lambda x: print('lambda cb', x() is None))
print(wr52() is wo51, _weakref.getweakrefcount(wo51), len(_weakref.getweakrefs(wo51)))
v12 = tm30.replace("l", "L")
o53 = C1(v42 % 2)
o54 = C1(1553470707)
o53.other = o54
o54.other = o53
del o53, o54
print(gc.collect())
print(len(v12))
v55 = (v16 / 2, float(v36), f"<{v43}>", 0.1)
acc56 = []
i = 0
while i < 17:
    if i % 5 == 0:
        acc56.append(i)
    i += 1
print(len(acc56), acc56[-3:])
acc11.insert(2, v36 % 97)
r57 = f1()
print(r57)
v58 = [87635, len(acc41), v42 * 0, v42 % 10, 1931986708, 1762318071, v36 * -1]
v59 = v16 / 2
v60 = "Hello World"
v61 = [v45 * 1.5, len(v60), v42 // 7]
v62 = {"k0": 120, "k1": "-".join(str(e) for e in acc28)}
print(len(v13))
del v61
print(v5)
o63 = C2(-51679)
o64 = C2(v16 // 1)
o63.other = o64
o64.other = o63
v65 = 1.5
o66 = C1(21546)
o67 = C1(56)
o66.other = o67
o67.other = o66
v68 = tuple(acc56)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm69 = tuple(tm37)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm69
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm70 = {34: v42 // 2}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm70
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
acc71 = []
i = 0
while i < 20:
    if i % 3 == 0:
        acc71.append(i)
    i += 1
print(len(acc71), acc71[-3:])
del r29
v72 = v60 * 0
print(type(v16).__name__)
acc32.extend(range(2))
v73 = 2.5e-3
print(sys.getsizeof(wr52), type(wr52).__name__, callable(wr52))
acc11.append(repr(v43))
v74 = tm46.upper()
try:
    _weakref.ref(b'x')
except TypeError as e:
    print('TypeError', e)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm75 = ()
tm75 = [tm75 for _ in range(28)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v76 = f"<{v73}>"
del tm75[:2]
print(gc.collect())
