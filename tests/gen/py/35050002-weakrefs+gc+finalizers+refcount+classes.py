# gen.py 35050002 --features weakrefs,gc,finalizers,refcount,classes,core --stmts 60
import sys
import gc
class C1:
    kind = "line\n"
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
v1 = "a-b-c"
v2 = 0.0
v3 = C1(138)
print(type(v1).__name__)
print(type(v2).__name__)
v4 = 35
v5 = {267: v4 * 4, 109: len(v1), 280: len(v1), -4: 1519624331, 156: 228}
acc6 = []
i = 0
while i < 13:
    if i % 3 == 0:
        acc6.append(i)
    i += 1
print(len(acc6), acc6[-3:])
v5 = {}
v1 = "  pad  "
print(gc.is_tracked(v3))
del v2
print(v4)
v5["k0"] = v1[0:5]
v7 = v4 % 97
o8 = C1(217)
o9 = C1(v7 + 241)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
v5[7] = v4 % 97
acc6.append("b")
del v5
v10 = v7 / 3
v11 = {74: v4 % 10}
r12 = f1()
print(r12)
print(gc.is_tracked(v7))
print(gc.collect())
v13 = v4 + 1551081098
r14 = f1()
print(r14)
acc15 = []
for i in range(1):
    acc15.append(str(i))
print(len(acc15), acc15[-3:])
v16 = "snake_case"
v17 = repr(acc6)
v18 = (v4 // -4,)
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
wo19 = {2, 30}
wr20 = _weakref.ref(wo19)
print(wr20() is wo19, _weakref.getweakrefcount(wo19), len(_weakref.getweakrefs(wo19)))
v21 = (str(v7), "中文")
print(gc.collect())
v22 = acc15[:]
print(gc.collect())
print(gc.is_tracked(v11))
r23 = f1()
print(r23)
o8 = C1(61494811)
v22.append(v16 * 0)
print(type(v10).__name__)
acc6 = [-v13]
v24 = [i * 2 for i in range(3)]
acc25 = []
i = 0
while i < 11:
    if i % 4 == 0:
        acc25.append(i)
    i += 1
print(len(acc25), acc25[-3:])
print(v13)
v11 = dict(k0=v4 % 97)
print(v3.a, v3.total())
acc26 = []
i = 0
while i < 17:
    if i % 5 == 0:
        acc26.append(i)
    i += 1
print(len(acc26), acc26[-3:])
o27 = C1(len(v22))
o28 = C1(v7 // 3)
o27.other = o28
o28.other = o27
print(sys.getrefcount(o27), sys.getrefcount(o28))
del o27, o28
print(gc.collect())
v29 = tuple(acc6)
acc6.reverse()
v30 = C1(117)
v24 = [i * 7 for i in range(1)]
del r14
print(wr20 == _weakref.ref(wo19), hash(wr20) == hash(wo19), wo19.__weakref__ is not None)
acc26.append(v7 // 7)
v31 = v17.split()
def wo32(x):
    return x + 1
wr33 = _weakref.ref(wo32, wr_cb_)
print(wr33() is wo32, _weakref.getweakrefcount(wo32), len(_weakref.getweakrefs(wo32)))
print(gc.collect())
