# gen.py 33700004 --features lateimport,uncaught,finalizers,classes,gc,gccount,tracemalloc,core --stmts 60
import sys
class C1:
    kind = "snake_case"
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
    kind = "spam eggs"
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
def f1(p0):
    acc = [p0]
    return acc
v1 = (3.141592653589793, "€", 0.0)
v2 = C2(35815)
v3 = "line\n"
r4 = f1(len(v1))
print(r4)
print(v3)
v5 = ["-".join(str(e) for e in v1), 58728]
print(type(v2).__name__)
v6 = 1.5
print(v2.a, v2.total())
o7 = C2(53)
o8 = C2(35)
o7.other = o8
o8.other = o7
del o7, o8
import gc
print(gc.collect())
if v5:
    v5[0] = "-".join(str(e) for e in v5)
print(gc.is_tracked(v3))
del v5[:3]
r9 = f1(48)
print(r9)
print(v2.a, v2.total())
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm10 = "-".join(str(e) for e in v5)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v11 = 1e10
v12 = v11 * 100.0
v13 = {94: 1603421042, 35: -72763, 280: -13828, 166: 27106, -9: len(v5), 125: 88647}
print(v2.a, v2.total())
v14 = {137: len(v1), -13: len(v5), 183: 21, 101: len(v1), 29: 90949, 87: 249343491, 112: len(v1)}
print(gc.is_tracked(v14))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm15 = ["ü", "abc123", "", v12 * 0.1, str(v6), 1.5]
tm15 = [tm15 for _ in range(20)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(gc.is_tracked(v14))
acc16 = []
i = 0
while i < 2:
    if i % 3 == 0:
        acc16.append(i)
    i += 1
print(len(acc16), acc16[-3:])
v17 = tuple(v5)
r18 = f1(96705)
print(r18)
v19 = C1(767015775)
print(type(v1).__name__)
o20 = C2(196)
o21 = C2(78)
o20.other = o21
o21.other = o20
del o20, o21
print(gc.collect())
v22 = C2(58)
v12 = 76.25
if acc16:
    print(acc16.pop())
del tm15[:3]
v5.reverse()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm23 = f"<{v12}>"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm23
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
del v6
print(type(v3).__name__)
del v12
acc24 = []
for i in range(24):
    acc24.append([i])
print(len(acc24), acc24[-3:])
del v1
r25 = f1(49)
print(r25)
print(type(v5).__name__)
v17 = (v11 * 0.0, -2.25, 1133353571, len(v3))
print(len(gc.get_referents(acc24)))
print(type(v5).__name__)
acc26 = []
for i in range(2):
    acc26.append(str(i))
print(len(acc26), acc26[-3:])
print(v13.pop("k2", None))
v27 = (repr(acc24), 1e10, 100.0)
print(gc.is_tracked(v2))
v17 = (9107,)
acc24 = list(range(0))
o28 = C2(22)
o29 = C2(len(v27))
o28.other = o29
o29.other = o28
o30 = C2(-11014)
o31 = C2(-37683)
o30.other = o31
o31.other = o30
print(type(v19).__name__)
v32 = [915.81, 930958694]
v33 = 1e10
print(gc.is_tracked(acc16))
v34 = 57
o35 = C2(v34 // 1)
o36 = C2(-v34)
o35.other = o36
o36.other = o35
print(gc.collect())
class Held_:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del Held_', self.tag)
c1_, c2_ = Held_('c1'), Held_('c2')
c1_.peer, c2_.peer = c2_, c1_
del c1_, c2_
def fail_(n):
    h = Held_(n)
    items = [h, n]
    return n // (n - n)
print('before')
fail_(121)
