# gen.py 35050006 --features weakrefs,gc,finalizers,refcount,classes,core --stmts 60
import sys
import gc
class C1:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __del__(self):
        print("del C1", self.a)
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
def f1(p0, p1=8):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
acc1 = []
i = 0
while i < 6:
    if i % 2 == 0:
        acc1.append(i)
    i += 1
print(len(acc1), acc1[-3:])
acc2 = []
for i, x in enumerate([3, 1, 2]):
    if i > 0:
        break
    acc2.append((i, x))
else:
    acc2.append(None)
print(len(acc2), acc2[-3:])
if acc2:
    print(acc2.pop())
v3 = 100.0
print(v3)
v4 = {i: i * i for i in range(11)}
print(acc1)
print(gc.collect())
r5 = f1(128, 92)
print(r5)
print(acc2)
v3 = 3.141592653589793
print(type(acc1).__name__)
acc6 = []
for i in range(18):
    acc6.append(i * 1000)
print(len(acc6), acc6[-3:])
print(type(v4).__name__)
print(type(v4).__name__)
v7 = acc2[:]
r8 = f1(188, len(v7))
print(r8)
acc2 = v7 + [1184966686]
acc9 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
import _weakref
class WR_:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del WR_', self.tag)
wr_all_ = []
def wr_cb_(ref):
    print('callback', ref() is None, _weakref.getweakrefcount(ref))
wo10 = WR_('wo10')
wr11 = _weakref.ref(wo10, wr_cb_)
print(wr11() is wo10, _weakref.getweakrefcount(wo10), len(_weakref.getweakrefs(wo10)))
print(sys.getsizeof(wr11), type(wr11).__name__, callable(wr11))
print(gc.is_tracked(acc1))
print(type(acc1).__name__)
v12 = 46
acc1.extend(range(2))
v13 = len(acc6)
v14 = C1(v13 * 6)
acc6.reverse()
v4 = dict(k0=-v12)
wo15 = {1, 75}
wr16 = _weakref.ref(wo15, lambda x: print('lambda cb', x() is None))
print(wr16() is wo15, _weakref.getweakrefcount(wo15), len(_weakref.getweakrefs(wo15)))
print(gc.collect())
acc2.extend(range(1))
print(v4)
print(sys.getrefcount(wo10), sys.getrefcount(wr11))
print(len(acc9))
wo17 = WR_('wo17')
wr18 = _weakref.ref(wo17)
print(wr18() is wo17, _weakref.getweakrefcount(wo17), len(_weakref.getweakrefs(wo17)))
v19 = dict(k0=v12 // 1, k1=1053843430, k2=v12 + -83159, k3=127882023)
v20 = repr(v3)
if acc9:
    acc9[0] = "abc123"
del v7[:1]
print(v12)
o21 = C2(v12 // 3)
o22 = C2(44636)
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
print(gc.is_tracked(o22))
print(gc.collect())
v23 = (v20 + "中文", -21205, 0.1, v20 * 3)
r24 = f1(len(v7), v13 * 2)
print(r24)
o25 = C2(1764353660)
o26 = C2(-v12)
o25.other = o26
o26.other = o25
print(sys.getrefcount(o25), sys.getrefcount(o26))
print([x() is wo17 for x in _weakref.getweakrefs(wo17)])
print(sys.getrefcount(o21))
v19[1] = 1443431623
r27 = f1(128, -v13)
print(r27)
print(v20)
v28 = [[j] * 2 for j in range(1)]
v29 = (v12 * 4,)
print(len(v4))
v30 = float(v13)
v31 = "UPPER"
del v7
print(gc.collect())
