# gen.py 267 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    for i in range(4):
        acc.append(i)
    return acc
v1 = [300000000000000000000000000000000000000000000000000479, 160, 168, 800000000000000000000000000000000000000000000000000000989, 6000000000000000000000000000000000000000000000389, 12266, 91, 500000000000000000000000000000000000000850, 500000000000000000000000000000000000000000000000000000573]
v1.reverse()
print(sys.getrefcount(v1))
print(gc.is_tracked(v1))
print(sys.getrefcount(v1))
v2 = tuple(v1)
if v1:
    print(v1.pop())
v2 = ()
t3 = 1.5
t4 = id(t3)
del t3
t5 = 1e10
print(id(t5) == t4)
print(t5)
v6 = ()
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = [967823965, -29482, 1000769160, 15950, 119]
def g1(n):
    for i in range(n):
        yield i * 5
v7 = C1(200000000000000000000000000000000669)
acc8 = []
i = 0
while i < 16:
    if i % 3 == 0:
        acc8.append(i)
    i += 1
print(len(acc8), acc8[-3:])
del acc8[:3]
x1 = ()
x2 = ()
print(x1 is x2)
v9 = C1(1622756446)
v10 = {i: i * i for i in range(11)}
del acc8
c11 = make_counter1()
print(c11(), c11(9), c11())
print(sys.getsizeof(t5))
print(sum(g1(5)), max(g1(3), default=-1))
v1.extend(range(4))
acc12 = []
i = 0
while i < 15:
    if i % 4 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
v13 = 1e10
print(sys.getsizeof(v7))
v10.update({"k0": 0})
o14 = C1(1125438094)
o15 = C1(226)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
o16 = C1(92554)
o17 = C1(20000000000000000000000000000000000000000000000000306)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
r18 = f1(len(v6), len(v10))
print(r18)
print(gc.is_tracked(o15))
v19 = dict(k0=1689007779, k1=9000000000000000000000610, k2=-89363, k3=len(v10), k4=len(v6))
print(v7.a, v7.total())
r20 = f1(32, 44486)
print(r20)
print(gc.collect())
