# gen.py 36000004 --features tracemalloc,gc,classes,finalizers,weakrefs,core --stmts 120
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
class C2:
    kind = "spam eggs"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    acc = tuple(acc)
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
def wo1(x):
    return x + 1
wr2 = _weakref.ref(wo1, wr_cb_)
print(wr2() is wo1, _weakref.getweakrefcount(wo1), len(_weakref.getweakrefs(wo1)))
v3 = "中文"
v4 = 444597121
print(type(v3).__name__)
v5 = [v4 // 7, -28550, 1467288835]
print(v5)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm6 = v5 + [v4 // -4]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
try:
    _weakref.ref('s')
except TypeError as e:
    print('TypeError', e)
print(len(gc.get_referents(v5)))
v7 = v4 + 1352438262
v8 = tuple(v5)
v9 = f"<{v7}>"
if v5:
    print(v5.pop())
if v5:
    print(v5.pop())
v5.extend(range(1))
v10 = C2(v7 * 7)
del v10
v5.insert(2, v7 % 10)
print(gc.is_tracked(v5))
r11 = f1()
print(r11)
print(len(tm6))
tm6.append(v7 * -2)
print(gc.is_tracked(v4))
if v5:
    print(v5.pop())
r12 = f1()
print(r12)
v13 = v3.lower()
tm6.extend(range(4))
print(len(gc.get_referents(tm6)))
o14 = C2(-v4)
o15 = C2(v4 // 1)
o14.other = o15
o15.other = o14
del o14, o15
print(gc.collect())
print(len(tm6))
v16 = C1(1400313695)
tm6.insert(-2, -21824)
v17 = {72: -v4, 22: -81188, 276: v7 * 1, 291: -v4, 143: v4 + 835326093, 165: len(v8)}
acc18 = []
for i in range(12):
    acc18.append([i])
print(len(acc18), acc18[-3:])
o19 = C2(v7 // 2)
o20 = C2(v4 % 5)
o19.other = o20
o20.other = o19
del o19, o20
print(gc.collect())
acc18.insert(3, -v4)
v21 = (v7 % 97,)
if "k4" in v17:
    del v17["k4"]
del v13
v17.update({6: 8})
v22 = float(v4)
del v5
print(v21)
print(wr2 == _weakref.ref(wo1), hash(wr2) == hash(wo1), wo1.__weakref__ is not None)
if "k0" in v17:
    del v17["k0"]
print(gc.is_tracked(v16))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm23 = ()
tm23 = [tm23 for _ in range(26)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm23
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v24 = (250, "  pad  ", v4 % 5)
v25 = [v7 + 151, v4 // -4, v4 // 2]
v25.reverse()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm26 = [151440330, v22 * 0.0]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm26
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
acc18.insert(2, v7 % 10)
print(gc.is_tracked(v8))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm27 = "-".join(str(e) for e in v8)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm27
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
o28 = C2(v7 // 7)
o29 = C2(-30701)
o28.other = o29
o29.other = o28
del o28, o29
print(gc.collect())
wc30 = WR_('wc30')
wc30.peer = [wc30, WR_('in wc30')]
wr31 = _weakref.ref(wc30, wr_cb_)
del wc30
print(wr31() is None, gc.collect(), wr31() is None)
print(len(acc18))
print(type(v8).__name__)
print(len(v17))
acc18.append(v3 + "spam eggs")
if 5 in v17:
    del v17[5]
print(gc.collect())
print(v21)
print(gc.is_tracked(v22))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm32 = list(range(5))
tm32 = [tm32 for _ in range(17)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm33 = tuple(tm6)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm33
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
r34 = f1()
print(r34)
del v8
v35 = v7 % 2
print(sys.getsizeof(wr2), type(wr2).__name__, callable(wr2))
v36 = [i * 7 for i in range(1)]
print(len(tm32))
print(gc.collect())
print(tm32)
wr37 = _weakref.ref(wo1, lambda x: print('cb', type(x).__name__))
acc38 = []
for i, x in enumerate([3, 1, 2]):
    if i > 0:
        break
    acc38.append((i, x))
else:
    acc38.append(None)
print(len(acc38), acc38[-3:])
v39 = v4 % 2
print(len(gc.get_referents(v36)))
o40 = C2(122)
o41 = C2(63633)
o40.other = o41
o41.other = o40
o42 = C2(v7 + -1)
o43 = C2(v7 % 2)
o42.other = o43
o43.other = o42
del o42, o43
print(gc.collect())
v35 = v35 * -3
del wo1
print(wr2() is None)
print(wr37() is None)
acc18.reverse()
o40 = C2(v4 % 2)
print(v17.pop("k5", None))
print(len(gc.get_referents(v24)))
acc44 = []
i = 0
while i < 3:
    if i % 2 == 0:
        acc44.append(i)
    i += 1
print(len(acc44), acc44[-3:])
v45 = C2(77)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm46 = "café"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm46
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm6 = [v39 + 25, v35 % 2, 148, 1.5, v3 + "café"]
v47 = [-v39, 0.0]
wo48 = frozenset(range(3))
wr49 = _weakref.ref(wo48, lambda x: print('lambda cb', x() is None))
print(wr49() is wo48, _weakref.getweakrefcount(wo48), len(_weakref.getweakrefs(wo48)))
v50 = f"<{v22}>"
print(len(gc.get_referents(tm6)))
acc51 = []
i = 0
while i < 23:
    if i % 5 == 0:
        acc51.append(i)
    i += 1
print(len(acc51), acc51[-3:])
del o41
print(v47)
v25.append(v9.replace("l", "L"))
print(gc.is_tracked(v24))
r52 = f1()
print(r52)
v17 = {265: v35 // 7, 9: 7122}
print(type(acc38).__name__)
print(gc.is_tracked(v22))
print(gc.is_tracked(v3))
if 4 in v17:
    del v17[4]
wo53 = WR_('wo53')
wr54 = _weakref.ref(wo53, wr_cb_)
print(wr54() is wo53, _weakref.getweakrefcount(wo53), len(_weakref.getweakrefs(wo53)))
v55 = v47[:]
if acc38:
    print(acc38.pop())
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm56 = {i: i * i for i in range(3)}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm57 = {}
tm57 = [tm57 for _ in range(0)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm57
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v58 = "spam eggs"
print(gc.is_tracked(v16))
wo59 = WR_('wo59')
wr60 = _weakref.ref(wo59, wr_cb_)
print(wr60() is wo59, _weakref.getweakrefcount(wo59), len(_weakref.getweakrefs(wo59)))
r61 = f1()
print(r61)
print(tm6)
v62 = (v22 * 1e10, 2.5e-3, v9.capitalize(), v4 / 3, 88, v3 * 3)
print(type(tm6).__name__)
print(type(tm56).__name__)
v63 = C1(85234)
print(gc.collect())
