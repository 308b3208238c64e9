# gen.py 36000003 --features tracemalloc,gc,classes,finalizers,weakrefs,core --stmts 120
import sys
import gc
class C1:
    kind = "spam eggs"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __del__(self):
        print("del C1", self.a)
class C2:
    kind = "Hello World"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
v1 = 32
import _weakref
class WR_:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del WR_', self.tag)
wr_all_ = []
def wr_cb_(ref):
    print('callback', ref() is None, _weakref.getweakrefcount(ref))
def wo2(x):
    return x + 1
wr3 = _weakref.ref(wo2, lambda x: print('lambda cb', x() is None))
print(wr3() is wo2, _weakref.getweakrefcount(wo2), len(_weakref.getweakrefs(wo2)))
print(v1)
v4 = "snake_case"
v5 = "hello"
v6 = v1 / 7
del v6
v7 = [len(v5)]
del v4
print(type(v1).__name__)
print(gc.is_tracked(v1))
v8 = -2.25
v9 = (len(v5),)
print(len(v9))
print(type(v5).__name__)
print(len(gc.get_referents(v9)))
v10 = str(v1)
acc11 = []
i = 0
while i < 4:
    if i % 2 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm12 = ("a", v1 + 1135435308, v1 + 243, len(v7))
tm12 = [tm12 for _ in range(2)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(len(gc.get_referents(v7)))
print(gc.is_tracked(tm12))
del tm12
print(len(v9))
if v7:
    print(v7.pop())
v13 = v7 * 2
v7.append(v1 * 1)
r14 = f1(v1 % 5)
print(r14)
v15 = v13[:]
if v13:
    print(v13.pop())
v16 = C2(v1 + 85)
wo17 = WR_('wo17')
wr18 = _weakref.ref(wo17, wr_cb_)
print(wr18() is wo17, _weakref.getweakrefcount(wo17), len(_weakref.getweakrefs(wo17)))
v19 = v1 * 7
v20 = acc11 + [v1 // 1]
print(_weakref.ref(wo17) is _weakref.ref(wo17), _weakref.getweakrefcount(wo17))
print(gc.collect())
del v9
v13.insert(2, 529447181)
v21 = v5[2:3]
print(v10)
v13.extend(range(4))
print(len(v21))
print(v1)
print(type(v16).__name__)
acc22 = []
for i in range(17):
    acc22.append({i: i})
print(len(acc22), acc22[-3:])
print(type(v16).__name__)
v16 = C2(v19 + 222)
v23 = C1(v1 // 7)
v24 = -v19
acc25 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc25.append((i, x))
else:
    acc25.append(None)
print(len(acc25), acc25[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm26 = (float(v1), len(v21), str(v1), str(v1), v24 + -71849, "b")
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del v16
print(len(v10))
wo27 = frozenset(range(3))
wr28 = _weakref.ref(wo27, wr_cb_)
print(wr28() is wo27, _weakref.getweakrefcount(wo27), len(_weakref.getweakrefs(wo27)))
r29 = f1(v19 // 7)
print(r29)
del wr18
print(_weakref.getweakrefcount(wo17))
v30 = {i: i * i for i in range(6)}
wo31 = WR_('wo31')
wr32 = _weakref.ref(wo31)
print(wr32() is wo31, _weakref.getweakrefcount(wo31), len(_weakref.getweakrefs(wo31)))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm33 = {"k0": v10.replace("l", "L"), "k1": -v24, "k2": v5 + "UPPER", "k3": repr(v20), "k4": v19 % 10}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm33
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
wr34 = _weakref.ref(wo17)
print(wr34() is wo17, _weakref.getweakrefcount(wo17), len(_weakref.getweakrefs(wo17)))
print(gc.is_tracked(v19))
print(type(v13).__name__)
v35 = C1(v19 * -3)
r36 = f1(v1 + 174)
print(r36)
r37 = f1(len(v10))
print(r37)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm38 = v5.split()
tm38 = [tm38 for _ in range(24)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm38
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
del tm26
print(len(gc.get_referents(v7)))
v30.update({5: 8})
wo39 = frozenset(range(3))
wr40 = _weakref.ref(wo39, lambda x: print('lambda cb', x() is None))
print(wr40() is wo39, _weakref.getweakrefcount(wo39), len(_weakref.getweakrefs(wo39)))
acc41 = []
for i in range(24):
    acc41.append(i)
print(len(acc41), acc41[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm42 = (repr(v24), v19 * 2, v10[2:8], v24 % 5, 2.5e-3)
tm42 = [tm42 for _ in range(39)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm42
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm43 = v10.replace("l", "L")
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v44 = ()
v45 = list(range(9))
print(type(v44).__name__)
del acc25[:3]
wo46 = WR_('wo46')
wr47 = _weakref.ref(wo46, wr_cb_)
print(wr47() is wo46, _weakref.getweakrefcount(wo46), len(_weakref.getweakrefs(wo46)))
o48 = C1(144)
o49 = C1(1186975149)
o48.other = o49
o49.other = o48
v21 = repr(acc11)
print(gc.is_tracked(acc41))
v50 = dict(k0=28218)
v30 = {150: 1416829083, 252: v19 + 75170, 53: v24 // 2, -9: 20}
print(gc.is_tracked(v21))
o51 = C2(v19 + 75)
o52 = C2(v1 % 2)
o51.other = o52
o52.other = o51
o53 = C1(v19 // -4)
o54 = C1(v1 % 2)
o53.other = o54
o54.other = o53
del o53, o54
print(gc.collect())
del v15
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm55 = v21[0:9]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(type(v45).__name__)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm56 = tm55.replace("l", "L")
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(_weakref.ref(wo39) is _weakref.ref(wo39), _weakref.getweakrefcount(wo39))
v57 = C1(63)
r58 = f1(v19 % 2)
print(r58)
v13 = v21.split()
v7.insert(0, len(tm56))
print(gc.collect())
if acc22:
    print(acc22.pop())
print(o51.a, o51.total())
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm59 = [v1 + 148, len(acc11), 21098, 54264, v24 % 5, 98, v24 + -42509, v24 * 4, v19 * -3]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm59
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(type(v45).__name__)
v60 = v7 * 3
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm61 = v20 * 1
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm61
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
acc62 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc62.append((i, x))
else:
    acc62.append(None)
print(len(acc62), acc62[-3:])
v8 = v24 / 2
print(acc62)
r63 = f1(v24 % 5)
print(r63)
print(sys.getsizeof(wr40), type(wr40).__name__, callable(wr40))
v60.append(v10.replace("l", "L"))
print(gc.is_tracked(v5))
acc64 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc64.append((i, x))
else:
    acc64.append(None)
print(len(acc64), acc64[-3:])
v8 = v8 * 6.65
o65 = C2(v24 + -4)
o66 = C2(len(v7))
o65.other = o66
o66.other = o65
del o65, o66
print(gc.collect())
print(type(acc22).__name__)
print(gc.is_tracked(v7))
print(gc.is_tracked(v44))
v13.append("-".join(str(e) for e in v20))
print(gc.collect())
