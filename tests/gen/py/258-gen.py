# gen.py 258 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1, p2=3):
    acc = [p0, p1, p2]
    for i in range(3):
        acc.append(i)
    return acc
v1 = [40000000000000000000000000000738, 78, 1858926016]
t2 = "€"
t3 = id(t2)
del t2
t4 = ""
print(id(t4) == t3)
del t4
print(gc.is_tracked(v1))
if v1:
    v1[0] = "UPPER"
r5 = f1(80000000000000000000000000000000350, 27, 166)
print(r5)
v6 = {i: i * i for i in range(4)}
v1 = [[j] * 2 for j in range(2)]
t7 = {i: i * i for i in range(12)}
t8 = id(t7)
del t7
t9 = {123: 52, 108: 34, 32: 161, 78: 700000000000000000000000000000000000000000000886, -7: -30954}
print(id(t9) == t8)
print(len(v1))
r10 = f1(-15753, 152, 993590261)
print(r10)
acc11 = []
for i in range(2):
    acc11.append(i * 1000)
print(len(acc11), acc11[-3:])
print(gc.is_tracked(v6))
def g1(n):
    for i in range(n):
        yield i * 4
v12 = 100.0
print(gc.is_tracked(v6))
print(sys.getsizeof(t9))
v6.update({"k0": 5})
print(list(g1(6)))
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
r13 = f1(232, 10712, 1902272213)
print(r13)
v14 = ()
v15 = b"zzz"
v16 = {38: 110, 27: len(v14), 118: 173}
print(len(v6))
def g2(n):
    for i in range(n):
        yield i * 5
print(sys.getsizeof(v12))
v17 = tuple(v1)
try:
    print(5 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
x1 = -6
x2 = -6
print(x1 is x2)
if 0 in v6:
    del v6[0]
print(sys.getsizeof(v14))
v18 = bytes(9)
v19 = C1(228)
r20 = f1(600000000000000000000000000000000000000113, 693743621, 804304229)
print(r20)
print(t9.get(10), list(t9.keys())[:3])
del t9
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v19))
print(gc.collect())
