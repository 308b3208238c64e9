# gen.py 35050001 --features weakrefs,gc,finalizers,refcount,classes,core --stmts 60
import sys
import gc
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
def f1():
    acc = []
    return acc
v1 = [7565, 129, 96, 14, 129, 35319]
print(type(v1).__name__)
v2 = "a"
v3 = 5059
v4 = {"k0": v2.replace("l", "L")}
import _weakref
class WR_:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del WR_', self.tag)
wr_all_ = []
def wr_cb_(ref):
    print('callback', ref() is None, _weakref.getweakrefcount(ref))
def wo5(x):
    return x + 1
wr6 = _weakref.ref(wo5, lambda x: print('lambda cb', x() is None))
print(wr6() is wo5, _weakref.getweakrefcount(wo5), len(_weakref.getweakrefs(wo5)))
print(v4)
del wo5
print(wr6() is None)
del v2
print(gc.collect())
r7 = f1()
print(r7)
print(v4.pop("k1", None))
o8 = C1(v3 % 10)
o9 = C1(v3 + 174808370)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
print(len(v4))
print(type(v1).__name__)
v4["k2"] = v1 * 3
o10 = C1(v3 // 2)
o11 = C1(v3 + -590)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
r12 = f1()
print(r12)
v13 = (f"<{v3}>", v3 // 1)
v14 = "xxxxxxxxxxxxxxxxxxxxxx"
v15 = {12: v3 + 10123, -19: 127, 149: v3 // 2, 167: 404703050, 55: -v3, 177: 25}
print(o10.a, o10.total())
v16 = 389.63
v17 = {"k0": v3 % 2, "k1": str(v16), "k2": v14 + "Hello World", "k3": len(v4)}
v18 = v3 * 6
del v4
print(len(gc.get_referents(v13)))
print(type(v15).__name__)
o19 = C1(len(v1))
o20 = C1(v18 + 48)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
del r12
print(v17.get(12), list(v17.keys())[:3])
acc21 = []
for i in range(0):
    acc21.append(i * 1000)
print(len(acc21), acc21[-3:])
print(gc.collect())
print(v15.pop("k4", None))
o22 = C1(v3 // -4)
o23 = C1(v18 + 2)
o22.other = o23
o23.other = o22
print(sys.getrefcount(o22), sys.getrefcount(o23))
v24 = v3 % 97
print(sys.getrefcount(o19))
v14 = v14.replace("l", "L")
acc21.extend(range(4))
acc25 = []
for i, x in enumerate([3, 1, 2]):
    if i > 1:
        break
    acc25.append((i, x))
else:
    acc25.append(None)
print(len(acc25), acc25[-3:])
o23 = C1(v24 // -4)
del v15
print(gc.is_tracked(o20))
acc26 = []
for i in range(15):
    acc26.append({i: i})
print(len(acc26), acc26[-3:])
v27 = v18 % 5
v28 = 1e10
print(o22.a, o22.total())
v29 = -v18
print(type(v27).__name__)
v30 = "snake_case"
v31 = v27 / 3
print(v30)
acc32 = []
for i in range(0):
    acc32.append(i)
print(len(acc32), acc32[-3:])
print(gc.is_tracked(v1))
print(v13)
print(type(v3).__name__)
v33 = acc32 * 3
del v30
print(len(acc26))
wo34 = WR_('wo34')
wr35 = _weakref.ref(wo34)
print(wr35() is wo34, _weakref.getweakrefcount(wo34), len(_weakref.getweakrefs(wo34)))
print(gc.collect())
