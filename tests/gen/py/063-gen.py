# gen.py 63 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1=4):
    acc = [p0, p1]
    for i in range(1):
        acc.append(i)
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = dict(k0=78, k1=1837852322, k2=64125, k3=13)
o2 = C2(82)
o3 = C2(57629)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
if 1 in v1:
    del v1[1]
alias4 = v1
print(alias4 is v1, id(alias4) == id(v1))
t5 = 2.5e-3
t6 = id(t5)
del t5
t7 = 2.5e-3
print(id(t7) == t6)
c8 = make_counter1()
print(c8(), c8(8), c8())
v9 = set()
v10 = "a"
def g1(n):
    for i in range(n):
        yield i * 2
alias4.update({8: 1})
v11 = [0.1, 2046524649, v10.lower(), 2.5e-3]
v12 = set()
v13 = ("-".join(str(e) for e in v11), 0.1, 1371945220, 55771, 0.0)
r14 = f1(81213, 413299524)
print(r14)
v12.add(19)
v9.add(12)
v15 = 600000000000000000000000000000000000000000681
print(v15 is v15 + 0, v15 == v15 + 0)
print(19 in v9)
print(sum(x * x for x in range(6)))
v16 = ()
acc17 = []
for i in range(3):
    acc17.append([i])
print(len(acc17), acc17[-3:])
v18 = {i % 8 for i in range(18)}
print(sys.getsizeof(v12))
o19 = C2(v15 * 6)
o20 = C2(len(v10))
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
del o19, o20
print(gc.collect())
v21 = (t7 * 2.5e-3, v15 / 3, v10 * 0, "snake_case", float(v15))
print(4 in v9)
print(gc.is_tracked(t7))
c22 = make_counter1()
print(c22(), c22(6), c22())
c23 = make_counter1()
print(c23(), c23(8), c23())
acc24 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc24.append((i, x))
else:
    acc24.append(None)
print(len(acc24), acc24[-3:])
print(0 in v12)
del r14
print(sum(g1(8)), max(g1(3), default=-1))
v25 = (v10[2:8], v15 * 3, t7 * 1.5)
t26 = []
t27 = id(t26)
del t26
t28 = v10.split()
print(id(t28) == t27)
v29 = 467969856
print(sys.getsizeof(v10))
print(gc.collect())
