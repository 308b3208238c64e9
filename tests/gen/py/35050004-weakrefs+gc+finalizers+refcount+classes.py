# gen.py 35050004 --features weakrefs,gc,finalizers,refcount,classes,core --stmts 60
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
def f1():
    acc = []
    for i in range(1):
        acc.append(i)
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
wo1 = {7, 44}
wr2 = _weakref.ref(wo1)
print(wr2() is wo1, _weakref.getweakrefcount(wo1), len(_weakref.getweakrefs(wo1)))
acc3 = []
for i in range(21):
    acc3.append(i)
print(len(acc3), acc3[-3:])
acc4 = []
for i in range(10):
    acc4.append((i, i))
print(len(acc4), acc4[-3:])
v5 = 134
acc4.extend(range(2))
del acc4
print(type(v5).__name__)
v6 = "a"
del acc3
print(type(v6).__name__)
acc7 = []
for i in range(25):
    acc7.append(str(i))
print(len(acc7), acc7[-3:])
v8 = v5 % 2
o9 = C1(len(v6))
o10 = C1(v5 * 2)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
o11 = C1(len(v6))
o12 = C1(v8 * 1)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
print(gc.is_tracked(wr2), len(gc.get_referents(wr2)))
print(gc.is_tracked(v8))
r13 = f1()
print(r13)
print(len(acc7))
acc7 = [[j] * 1 for j in range(4)]
v14 = C1(1713871145)
o15 = C1(-v5)
o16 = C1(v8 + -89604)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
wo17 = {2, 23}
wr18 = _weakref.ref(wo17)
print(wr18() is wo17, _weakref.getweakrefcount(wo17), len(_weakref.getweakrefs(wo17)))
print(gc.is_tracked(v6))
acc19 = []
i = 0
while i < 10:
    if i % 3 == 0:
        acc19.append(i)
    i += 1
print(len(acc19), acc19[-3:])
print(sys.getrefcount(wo1), sys.getrefcount(wr2))
del v14
v20 = {-10: v5 // 1, 38: v5 % 97}
if acc7:
    print(acc7.pop())
print(len(v20))
del wr2
print(_weakref.getweakrefcount(wo1))
print(sys.getsizeof(wr18), type(wr18).__name__, callable(wr18))
print(v8)
v21 = 1.5
print(v21)
v21 = 1e10
acc7.insert(-1, -99723)
v22 = C1(v8 * 4)
v23 = C1(v8 + -71967)
wr24 = _weakref.ref(wo1, lambda x: print('lambda cb', x() is None))
print(wr24() is wo1, _weakref.getweakrefcount(wo1), len(_weakref.getweakrefs(wo1)))
print(sys.getrefcount(acc19))
del wo1
print(wr24() is None)
wo25 = WR_('wo25')
wr26 = _weakref.ref(wo25, lambda x: print('lambda cb', x() is None))
print(wr26() is wo25, _weakref.getweakrefcount(wo25), len(_weakref.getweakrefs(wo25)))
v27 = [89, 966.80, 14]
v21 = v8 / -8
v27.reverse()
wo28 = {4, 90}
wr29 = _weakref.ref(wo28)
print(wr29() is wo28, _weakref.getweakrefcount(wo28), len(_weakref.getweakrefs(wo28)))
wr30 = _weakref.ref(wo17)
print(wr30() is wo17, _weakref.getweakrefcount(wo17), len(_weakref.getweakrefs(wo17)))
print(type(acc19).__name__)
v31 = v6[1:2]
v32 = v6 + "€"
acc33 = []
for i in range(16):
    acc33.append((i, i))
print(len(acc33), acc33[-3:])
o34 = C1(v8 + -7214)
o35 = C1(22)
o34.other = o35
o35.other = o34
print(sys.getrefcount(o34), sys.getrefcount(o35))
v36 = v32.replace("l", "L")
acc19.reverse()
wo37 = frozenset(range(0))
wr38 = _weakref.ref(wo37)
print(wr38() is wo37, _weakref.getweakrefcount(wo37), len(_weakref.getweakrefs(wo37)))
print(sys.getsizeof(wr30), type(wr30).__name__, callable(wr30))
print(gc.collect())
