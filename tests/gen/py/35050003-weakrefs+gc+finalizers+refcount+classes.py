# gen.py 35050003 --features weakrefs,gc,finalizers,refcount,classes,core --stmts 60
import sys
import gc
class C1:
    kind = "tab\t"
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
    kind = "b"
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
    acc = {str(i): i for i in acc}
    return acc
v1 = "b"
print(len(v1))
print(v1)
v2 = -2.25
v3 = {i: i * i for i in range(0)}
print(len(v1))
v4 = C1(581809133)
v3.update({9: 4})
import _weakref
class WR_:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del WR_', self.tag)
wr_all_ = []
def wr_cb_(ref):
    print('callback', ref() is None, _weakref.getweakrefcount(ref))
wo5 = WR_('wo5')
wr6 = _weakref.ref(wo5)
print(wr6() is wo5, _weakref.getweakrefcount(wo5), len(_weakref.getweakrefs(wo5)))
print(v3.pop(1, None))
print(gc.is_tracked(v4))
v7 = 101453509
v8 = (v1.replace("l", "L"), "UPPER", "  pad  ", v2 * 1e10)
print(v8)
print(v2)
acc9 = []
i = 0
while i < 20:
    if i % 4 == 0:
        acc9.append(i)
    i += 1
print(len(acc9), acc9[-3:])
class wo10(WR_):
    pass
wr11 = _weakref.ref(wo10, wr_cb_)
print(wr11() is wo10, _weakref.getweakrefcount(wo10), len(_weakref.getweakrefs(wo10)))
o12 = C2(2055529077)
o13 = C2(v7 * 7)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
del v1
v8 = ()
v14 = list(range(3))
v15 = ()
v16 = "café"
print(gc.is_tracked(v16))
r17 = f1()
print(r17)
v16 = "中文"
v18 = ()
def wo19(x):
    return x + 1
wr20 = _weakref.ref(wo19, lambda x: print('lambda cb', x() is None))
print(wr20() is wo19, _weakref.getweakrefcount(wo19), len(_weakref.getweakrefs(wo19)))
del wo10
print(wr11() is None)
print(len(v16))
print(len(acc9))
o21 = C1(-58624)
o22 = C1(v7 % 97)
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
del o21, o22
print(gc.collect())
v23 = C1(v7 * 4)
print(v3)
v4 = C1(-40024)
print(_weakref.ref(wo19) is _weakref.ref(wo19), _weakref.getweakrefcount(wo19))
v3 = {12: v7 % 97, 280: -66323, 182: -v7}
if acc9:
    acc9[0] = v16[0:4]
v3 = {i: i * i for i in range(10)}
print(v3.pop(11, None))
print(type(v16).__name__)
wo24 = WR_('wo24')
wr25 = _weakref.ref(wo24, lambda x: print('lambda cb', x() is None))
print(wr25() is wo24, _weakref.getweakrefcount(wo24), len(_weakref.getweakrefs(wo24)))
print(type(v8).__name__)
del v15
v26 = v7 // 2
v14.insert(3, v7 * 0)
v27 = v26 / 7
v28 = {223: v26 // 3, 168: v7 * -3, 277: v26 + 27390, 166: v26 + 1281713267, 298: v7 % 2}
print(v26)
print(wr20 == _weakref.ref(wo19), hash(wr20) == hash(wo19), wo19.__weakref__ is not None)
v28.update({10: 9})
print(len(gc.get_referents(acc9)))
v29 = C2(v7 + 39929)
v28[2] = "abc123"
print(type(v16).__name__)
wo30 = frozenset(range(1))
wr31 = _weakref.ref(wo30)
print(wr31() is wo30, _weakref.getweakrefcount(wo30), len(_weakref.getweakrefs(wo30)))
acc32 = []
i = 0
while i < 25:
    if i % 3 == 0:
        acc32.append(i)
    i += 1
print(len(acc32), acc32[-3:])
print(gc.collect())
