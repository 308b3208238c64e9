# gen.py 35050007 --features weakrefs,gc,finalizers,refcount,classes,core --stmts 60
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
    acc = {str(i): i for i in acc}
    return acc
v1 = 2.5e-3
v2 = (v1 * 0.1, 1.5, 486984755, 0.0, 49502, v1 * 0.0)
print(len(gc.get_referents(v2)))
v3 = {78: 231, -3: 217}
print(v3.pop(8, None))
v4 = list(range(0))
v3 = {"k0": 150, "k1": 914975011, "k2": "-".join(str(e) for e in v2)}
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
wr6 = _weakref.ref(wo5)
print(wr6() is wo5, _weakref.getweakrefcount(wo5), len(_weakref.getweakrefs(wo5)))
print(gc.is_tracked(v2))
print(sys.getsizeof(wr6), type(wr6).__name__, callable(wr6))
print(len(v2))
print(v3.get("k2"), list(v3.keys())[:3])
print(len(gc.get_referents(v4)))
print(v3.pop("k6", None))
v3 = dict(k0=244, k1=-71974, k2=1241018618, k3=34822, k4=len(v4))
acc7 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
wo8 = WR_('wo8')
wr9 = _weakref.ref(wo8, wr_cb_)
print(wr9() is wo8, _weakref.getweakrefcount(wo8), len(_weakref.getweakrefs(wo8)))
v10 = []
if v4:
    print(v4.pop())
v11 = 1541827697
v12 = {}
print(v11)
v1 = -2.25
v13 = C1(176)
v14 = repr(v11)
v15 = C1(v11 + 89)
print(gc.is_tracked(v14))
r16 = f1()
print(r16)
o17 = C1(len(v12))
o18 = C1(v11 * -1)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
o19 = C1(193)
o20 = C1(-v11)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
del o19, o20
print(gc.collect())
v21 = {7: -v11, 146: v11 // 2, 94: 37, 197: 25, 217: len(v10), 189: len(v4), -13: -v11}
print(type(v14).__name__)
print(sys.getrefcount(v15))
if v4:
    v4[0] = str(v11)
print(v2)
v2 = tuple(v4)
v22 = (v11 % 2, v14 + "中文", repr(v2), v1 * 518.95, v11 / 2)
class wo23(WR_):
    pass
wr24 = _weakref.ref(wo23)
print(wr24() is wo23, _weakref.getweakrefcount(wo23), len(_weakref.getweakrefs(wo23)))
del wo23
print(wr24() is None)
del v22
v10.extend(range(0))
print(gc.is_tracked(v14))
v3["k4"] = v10 + [-v11]
acc25 = []
i = 0
while i < 4:
    if i % 5 == 0:
        acc25.append(i)
    i += 1
print(len(acc25), acc25[-3:])
print(type(v21).__name__)
v13 = C1(-v11)
acc7.extend(range(7))
print(gc.is_tracked(v13))
print(gc.is_tracked(v21))
print(sys.getrefcount(v12))
print(sys.getrefcount(v21))
print(v15.a, v15.total())
v3.update({"k4": 3})
acc26 = []
for i in range(7):
    acc26.append(i * 1000)
print(len(acc26), acc26[-3:])
del v10
print(type(acc7).__name__)
acc26 = acc26 + [-73575]
print(gc.collect())
