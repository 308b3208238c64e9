# gen.py 35050008 --features weakrefs,gc,finalizers,refcount,classes,core --stmts 60
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
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
v1 = 679.5
del v1
import _weakref
class WR_:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del WR_', self.tag)
wr_all_ = []
def wr_cb_(ref):
    print('callback', ref() is None, _weakref.getweakrefcount(ref))
class wo2(WR_):
    pass
wr3 = _weakref.ref(wo2, wr_cb_)
print(wr3() is wo2, _weakref.getweakrefcount(wo2), len(_weakref.getweakrefs(wo2)))
r4 = f1(323648218)
print(r4)
acc5 = []
for i in range(23):
    acc5.append(str(i))
print(len(acc5), acc5[-3:])
acc5.reverse()
del acc5[:0]
v6 = [len(acc5), 79, 1627681965, 1221781329, 121, 62]
v7 = C1(30)
v8 = [484458826, 129, 0.1, "ü"]
print(len(v8))
del v8
wo9 = WR_('wo9')
wr10 = _weakref.ref(wo9, wr_cb_)
print(wr10() is wo9, _weakref.getweakrefcount(wo9), len(_weakref.getweakrefs(wo9)))
v11 = "€"
print(sys.getrefcount(acc5))
print(len(acc5))
r12 = f1(1251798093)
print(r12)
r13 = f1(84)
print(r13)
acc14 = []
for i in range(16):
    acc14.append(i)
print(len(acc14), acc14[-3:])
o15 = C1(162)
o16 = C1(1549356352)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
r17 = f1(201)
print(r17)
if acc14:
    acc14[0] = "ü"
print(gc.is_tracked(acc5))
v18 = 1
wc19 = WR_('wc19')
wc19.peer = [wc19, WR_('in wc19')]
wr20 = _weakref.ref(wc19, wr_cb_)
del wc19
print(wr20() is None, gc.collect(), wr20() is None)
v21 = 1.5
v22 = repr(acc5)
print(v21)
v23 = C1(1311141445)
v24 = {3: v18 * 1, 143: v18 * -3, 244: v18 // 2, 234: v18 % 2}
print(gc.is_tracked(v11))
v6.extend(range(6))
del r12
del v6[:1]
print(gc.is_tracked(v23))
print(v23.a, v23.total())
wo25 = WR_('wo25')
wr26 = _weakref.ref(wo25)
print(wr26() is wo25, _weakref.getweakrefcount(wo25), len(_weakref.getweakrefs(wo25)))
print(len(gc.get_referents(acc14)))
if v6:
    print(v6.pop())
print(v18)
print(sys.getsizeof(wr10), type(wr10).__name__, callable(wr10))
print(type(v7).__name__)
v27 = tuple(acc5)
print(type(v18).__name__)
o28 = C1(v18 * 4)
o29 = C1(v18 // 7)
o28.other = o29
o29.other = o28
print(sys.getrefcount(o28), sys.getrefcount(o29))
del o28, o29
print(gc.collect())
acc5 = acc5[:]
v21 = v21 * 3.141592653589793
v30 = v18 + 76895
v31 = C1(v30 // 2)
v32 = float(v30)
v33 = v11 + "Hello World"
print(gc.collect())
r34 = f1(v30 + 910272469)
print(r34)
o35 = C1(12)
o36 = C1(158)
o35.other = o36
o36.other = o35
print(sys.getrefcount(o35), sys.getrefcount(o36))
del o35, o36
print(gc.collect())
v37 = float(v30)
wo38 = WR_('wo38')
wr39 = _weakref.ref(wo38, wr_cb_)
print(wr39() is wo38, _weakref.getweakrefcount(wo38), len(_weakref.getweakrefs(wo38)))
o40 = C1(v18 % 5)
o41 = C1(v18 % 97)
o40.other = o41
o41.other = o40
print(sys.getrefcount(o40), sys.getrefcount(o41))
del o40, o41
print(gc.collect())
print(gc.collect())
