# gen.py 35050005 --features weakrefs,gc,finalizers,refcount,classes,core --stmts 60
import sys
import gc
class C1:
    kind = ""
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
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __del__(self):
        print("del C2", self.a)
def f1(p0, p1=6):
    acc = [p0, p1]
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
wo1 = WR_('wo1')
wr2 = _weakref.ref(wo1, wr_cb_)
print(wr2() is wo1, _weakref.getweakrefcount(wo1), len(_weakref.getweakrefs(wo1)))
v3 = (232,)
print(gc.collect())
v4 = {97: len(v3)}
print(sys.getrefcount(v4))
print(type(v4).__name__)
acc5 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc5.append((i, x))
else:
    acc5.append(None)
print(len(acc5), acc5[-3:])
wo6 = frozenset(range(5))
wr7 = _weakref.ref(wo6, lambda x: print('lambda cb', x() is None))
print(wr7() is wo6, _weakref.getweakrefcount(wo6), len(_weakref.getweakrefs(wo6)))
v3 = ()
v8 = C1(1303600636)
print(sys.getrefcount(v4))
del acc5
wo9 = WR_('wo9')
wr10 = _weakref.ref(wo9, wr_cb_)
print(wr10() is wo9, _weakref.getweakrefcount(wo9), len(_weakref.getweakrefs(wo9)))
v11 = C1(950648860)
o12 = C1(124)
o13 = C1(43014)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
v14 = [1429647832, -90568]
r15 = f1(137, 239)
print(r15)
v3 = (1.5, 866.77, 2.5e-3, -2.25)
o16 = C1(67)
o17 = C1(1100004646)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
del r15
print(sys.getrefcount(v14))
v18 = {"k0": "", "k1": "Hello World", "k2": 1134727674, "k3": "€", "k4": 1349015412, "k5": "hello"}
if v14:
    print(v14.pop())
wr19 = _weakref.ref(wo1, lambda x: 1 / 0)
v20 = 3.141592653589793
print(gc.is_tracked(v18))
v21 = {}
del v14
try:
    _weakref.ref(None)
except TypeError as e:
    print('TypeError', e)
print(v8.a, v8.total())
del v11
r22 = f1(238, -74353)
print(r22)
o23 = C1(76)
o24 = C1(757344029)
o23.other = o24
o24.other = o23
print(sys.getrefcount(o23), sys.getrefcount(o24))
print(type(v20).__name__)
v25 = 1.5
v26 = C2(177)
print(v25)
v27 = v20 * 100.0
print(len(gc.get_referents(v18)))
o12 = C1(len(v18))
v4[2] = [23700, 78, len(v18), -47855, 192, 244, 2069468915, 1500194260]
print(sys.getrefcount(o13))
del v21
o28 = C1(60275)
o29 = C1(131)
o28.other = o29
o29.other = o28
print(sys.getrefcount(o28), sys.getrefcount(o29))
o30 = C1(34)
o31 = C1(673671609)
o30.other = o31
o31.other = o30
print(sys.getrefcount(o30), sys.getrefcount(o31))
del o30, o31
print(gc.collect())
wr32 = _weakref.ref(wo9, lambda x: 1 / 0)
o33 = C1(len(v3))
o34 = C1(-78971)
o33.other = o34
o34.other = o33
print(sys.getrefcount(o33), sys.getrefcount(o34))
del r22
print(len(v4))
if 0 in v4:
    del v4[0]
print(len(v3))
print(type(v18).__name__)
print(sys.getrefcount(wo6), sys.getrefcount(wr7))
r35 = f1(len(v4), 14)
print(r35)
print(type(o28).__name__)
v36 = -61239
v37 = C2(-94805)
v38 = {204: -v36}
print(gc.is_tracked(v18))
r39 = f1(v36 * 5, v36 * -1)
print(r39)
print(gc.collect())
