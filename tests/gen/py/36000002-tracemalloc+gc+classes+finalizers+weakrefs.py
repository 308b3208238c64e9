# gen.py 36000002 --features tracemalloc,gc,classes,finalizers,weakrefs,core --stmts 120
import sys
import gc
class C1:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "€"
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
import _weakref
class WR_:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del WR_', self.tag)
wr_all_ = []
def wr_cb_(ref):
    print('callback', ref() is None, _weakref.getweakrefcount(ref))
wo1 = frozenset(range(3))
wr2 = _weakref.ref(wo1)
print(wr2() is wo1, _weakref.getweakrefcount(wo1), len(_weakref.getweakrefs(wo1)))
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm3 = "snake_case"
tm3 = [tm3 for _ in range(26)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm3
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v4 = []
v5 = 224
print(len(v4))
v4.append(v5 % 2)
v6 = (v5 + 60741,)
print(gc.is_tracked(v4))
v7 = v5 / 7
print(gc.is_tracked(v6))
print(v6)
try:
    _weakref.ref(42)
except TypeError as e:
    print('TypeError', e)
wo8 = frozenset(range(4))
wr9 = _weakref.ref(wo8, wr_cb_)
print(wr9() is wo8, _weakref.getweakrefcount(wo8), len(_weakref.getweakrefs(wo8)))
v10 = {}
acc11 = []
for i in range(24):
    acc11.append(str(i))
print(len(acc11), acc11[-3:])
print(len(v6))
v4.extend(range(1))
acc12 = []
for i, x in enumerate("abcdef"):
    if i > 5:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
v13 = "€"
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = [repr(v7), f"<{v5}>", v5 / 7, float(v5), v5 + 62518, v5 % 5]
tm14 = [tm14 for _ in range(10)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(type(v6).__name__)
v5 = v5 // 2
if acc11:
    acc11[0] = "xxxxxxxxxxxxxxxxxxxxxxx"
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm15 = v13.split()
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm15
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
r16 = f1()
print(r16)
o17 = C2(v5 % 97)
o18 = C2(v5 % 2)
o17.other = o18
o18.other = o17
del o17, o18
print(gc.collect())
acc11.extend(range(3))
del v7
v19 = 1.5
print(len(gc.get_referents(v4)))
wo20 = frozenset(range(4))
wr21 = _weakref.ref(wo20, wr_cb_)
print(wr21() is wo20, _weakref.getweakrefcount(wo20), len(_weakref.getweakrefs(wo20)))
print(_weakref.ref(wo8) is _weakref.ref(wo8), _weakref.getweakrefcount(wo8))
print(tm14)
v10 = {"k0": -v5, "k1": v13[2:7], "k2": 422844382}
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm22 = "spam eggs"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm22
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
del tm14
print(gc.is_tracked(v4))
print(gc.is_tracked(v19))
acc23 = []
for i in range(1):
    acc23.append({i: i})
print(len(acc23), acc23[-3:])
del v4[:0]
o24 = C2(v5 // 3)
o25 = C2(14979)
o24.other = o25
o25.other = o24
del wo1
print(wr2() is None)
wo26 = {0, 70}
wr27 = _weakref.ref(wo26, lambda x: print('lambda cb', x() is None))
print(wr27() is wo26, _weakref.getweakrefcount(wo26), len(_weakref.getweakrefs(wo26)))
print(len(v4))
acc28 = []
i = 0
while i < 17:
    if i % 3 == 0:
        acc28.append(i)
    i += 1
print(len(acc28), acc28[-3:])
v29 = ["  pad  ", -v5, v13[3:5], len(acc11)]
print(type(acc23).__name__)
print(gc.is_tracked(o25))
r30 = f1()
print(r30)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm31 = {}
tm31 = [tm31 for _ in range(36)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm31
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
wo32 = {8, 39}
wr33 = _weakref.ref(wo32, lambda x: print('lambda cb', x() is None))
print(wr33() is wo32, _weakref.getweakrefcount(wo32), len(_weakref.getweakrefs(wo32)))
acc12 = acc23 + [-v5]
if v29:
    v29[0] = repr(v19)
v34 = tuple(acc23)
del acc23
print(v19)
wo35 = WR_('wo35')
wr36 = _weakref.ref(wo35)
print(wr36() is wo35, _weakref.getweakrefcount(wo35), len(_weakref.getweakrefs(wo35)))
print(len(acc28))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm37 = [v5 % 2, 618350418, 11723]
tm37 = [tm37 for _ in range(17)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm37
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(o25.a, o25.total())
v10["k2"] = acc12[:]
v38 = str(v19)
acc28.append("b")
acc39 = []
i = 0
while i < 24:
    if i % 3 == 0:
        acc39.append(i)
    i += 1
print(len(acc39), acc39[-3:])
print(gc.is_tracked(v34))
print(gc.collect())
del acc12
v4 = [[j] * 1 for j in range(1)]
if acc11:
    acc11[0] = v13[1:5]
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm40 = v13.replace("l", "L")
tm40 = [tm40 for _ in range(7)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm40
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(sys.getsizeof(wr33), type(wr33).__name__, callable(wr33))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm41 = acc11 + [v5 // 3]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
if tm41:
    print(tm41.pop())
wo42 = WR_('wo42')
wr43 = _weakref.ref(wo42)
print(wr43() is wo42, _weakref.getweakrefcount(wo42), len(_weakref.getweakrefs(wo42)))
del v29
wo44 = WR_('wo44')
wr45 = _weakref.ref(wo44)
print(wr45() is wo44, _weakref.getweakrefcount(wo44), len(_weakref.getweakrefs(wo44)))
v46 = {49: v5 * 5}
acc28.insert(-2, 132)
r47 = f1()
print(r47)
print(gc.is_tracked(v13))
acc39.append(v38.strip())
acc11.append(v5 * 0)
v4 = [57447, len(v46)]
print(gc.is_tracked(v13))
class wo48(WR_):
    pass
wr49 = _weakref.ref(wo48, lambda x: print('lambda cb', x() is None))
print(wr49() is wo48, _weakref.getweakrefcount(wo48), len(_weakref.getweakrefs(wo48)))
print(type(v10).__name__)
v38 = str(v5)
r50 = f1()
print(r50)
print(len(gc.get_referents(v6)))
print(gc.is_tracked(o25))
print(wr43 == _weakref.ref(wo42), hash(wr43) == hash(wo42), wo42.__weakref__ is not None)
del v6
o51 = C2(v5 * 5)
o52 = C2(len(acc39))
o51.other = o52
o52.other = o51
del o51, o52
print(gc.collect())
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm53 = []
tm53 = [tm53 for _ in range(37)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
o54 = C2(v5 * -3)
o55 = C2(v5 * 3)
o54.other = o55
o55.other = o54
o56 = C2(-v5)
o57 = C2(v5 * 6)
o56.other = o57
o57.other = o56
v58 = (818486119, -v5, 1.5, 207266456, v5 % 5, 3.141592653589793)
v59 = (1748119917,)
v60 = {}
o61 = C1(-v5)
o62 = C1(1159089620)
o61.other = o62
o62.other = o61
if tm53:
    tm53[0] = v38 * 3
print(gc.is_tracked(v13))
v63 = {-14: v5 * 4, 98: v5 % 97, 154: -v5}
v64 = list(range(2))
o54 = C2(v5 % 97)
del tm53
del wo42
print(wr43() is None)
acc65 = []
i = 0
while i < 25:
    if i % 5 == 0:
        acc65.append(i)
    i += 1
print(len(acc65), acc65[-3:])
wo66 = {9, 22}
wr67 = _weakref.ref(wo66)
print(wr67() is wo66, _weakref.getweakrefcount(wo66), len(_weakref.getweakrefs(wo66)))
class wo68(WR_):
    pass
wr69 = _weakref.ref(wo68, lambda x: print('lambda cb', x() is None))
print(wr69() is wo68, _weakref.getweakrefcount(wo68), len(_weakref.getweakrefs(wo68)))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm70 = ()
tm70 = [tm70 for _ in range(31)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm70
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v46.update({1: 8})
acc71 = []
for i in range(23):
    acc71.append(i)
print(len(acc71), acc71[-3:])
acc72 = []
i = 0
while i < 23:
    if i % 4 == 0:
        acc72.append(i)
    i += 1
print(len(acc72), acc72[-3:])
wo73 = {7, 50}
wr74 = _weakref.ref(wo73, lambda x: print('lambda cb', x() is None))
print(wr74() is wo73, _weakref.getweakrefcount(wo73), len(_weakref.getweakrefs(wo73)))
v64 = [-v5, v5 // 2, 21018, len(v38), -98597, len(v13), v5 % 5, v5 + 185]
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm75 = {}
tm75 = [tm75 for _ in range(15)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm75
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(gc.is_tracked(v5))
print(gc.collect())
