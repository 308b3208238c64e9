# gen.py 33700006 --features lateimport,uncaught,finalizers,classes,gc,gccount,tracemalloc,core --stmts 60
import sys
class C1:
    kind = "Hello World"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "  pad  "
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
def f1(p0, p1, p2=5):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
v1 = 212
import gc
print(gc.is_tracked(v1))
o2 = C2(77897)
o3 = C2(v1 // 7)
o2.other = o3
o3.other = o2
del o3
acc4 = []
i = 0
while i < 11:
    if i % 4 == 0:
        acc4.append(i)
    i += 1
print(len(acc4), acc4[-3:])
gc.collect()
print(gc.get_count())
gc.collect()
print(gc.get_count())
print(v1)
if acc4:
    print(acc4.pop())
acc4.insert(3, -v1)
v5 = len(acc4)
o6 = C1(82480)
o7 = C1(v5 % 2)
o6.other = o7
o7.other = o6
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm8 = [1097222723, len(acc4), v5 % 97, len(acc4), v5 * 7]
tm8 = [tm8 for _ in range(27)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm8
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v9 = {"k0": len(acc4), "k1": v1 // 3, "k2": "café", "k3": -v5, "k4": "", "k5": len(acc4), "k6": "中文"}
o2 = C2(v1 * 1)
print(gc.is_tracked(v9))
v10 = "  pad  "
print(v10)
v11 = C2(62570)
print(type(v10).__name__)
del v9
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm12 = str(v5)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm12
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
acc4.extend(range(8))
print(gc.collect())
print(len(gc.get_referents(o2)))
print(type(v1).__name__)
print(gc.is_tracked(v10))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm13 = acc4[:]
tm13 = [tm13 for _ in range(34)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = ("a-b-c", "a-b-c", repr(v1), 3.141592653589793, v1 % 5, 0.0)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(gc.get_count())
print(gc.is_tracked(o6))
r15 = f1(-v1, 25604, len(tm13))
print(r15)
o7 = C1(19)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = v10.capitalize()
tm16 = [tm16 for _ in range(12)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc4.append(v10.replace("l", "L"))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm17 = v10.replace("l", "L")
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc4.insert(-2, 19398)
print(len(acc4))
v18 = C2(v5 // 2)
v19 = tuple(tm13)
v20 = {157: -67150, 24: v1 + 136, 43: -91825, -19: v5 + 58058, 214: len(v19)}
v21 = 0.1
print(o2.a, o2.total())
v22 = float(v1)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm23 = tm17.split()
tm23 = [tm23 for _ in range(12)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(gc.is_tracked(v11))
v24 = C2(len(tm16))
del v24
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm25 = "b"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm25
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v26 = v10 * 0
print(v5)
print(v19)
print(v26)
if acc4:
    acc4[0] = repr(tm13)
print(len(gc.get_referents(tm14)))
v27 = (77168, 1e10, float(v5), v26.replace("l", "L"), str(v22), f"<{v1}>")
print(type(o7).__name__)
o7 = C1(v1 + -90688)
acc4.insert(-2, 883644861)
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
    return items[n]
print('before')
fail_(190)
