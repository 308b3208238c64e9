# gen.py 63 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v13 = C2(248)
if v11:
    print(v11.pop())
del v13
print(v1.pop(0, None))
o14 = C2(150)
o15 = C2(330631144)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
acc16 = []
i = 0
while i < 1:
    if i % 4 == 0:
        acc16.append(i)
    i += 1
print(len(acc16), acc16[-3:])
r17 = f1(81213, 413299524)
print(r17)
v12.add(19)
v9.add(12)
v18 = 600000000000000000000000000000000000000000681
print(v18 is v18 + 0, v18 == v18 + 0)
print(19 in v9)
print(sum(x * x for x in range(6)))
v19 = C2(-v18)
acc20 = []
for i in range(3):
    acc20.append([i])
print(len(acc20), acc20[-3:])
v21 = {i % 8 for i in range(18)}
print(sys.getsizeof(v12))
o22 = C2(v18 * 6)
o23 = C2(len(v10))
o22.other = o23
o23.other = o22
print(sys.getrefcount(o22), sys.getrefcount(o23))
del o22, o23
print(gc.collect())
v24 = (100.0, -2.25, v10 * 0)
print(len(gc.get_referents(acc16)))
print(v10)
print(len(gc.get_referents(acc16)))
v21.discard(5)
if acc16:
    acc16[0] = v10[0:4]
print(6 in v12)
print(gc.collect())
