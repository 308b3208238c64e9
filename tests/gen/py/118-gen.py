# gen.py 118 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "abc123"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1=0):
    acc = [p0, p1]
    return acc
x1 = 256
x2 = 256
print(x1 is x2)
print(gc.collect())
v1 = ()
v2 = C1(1954153798)
r3 = f1(len(v1), 231)
print(r3)
v4 = 2.5e-3
print(type(v1).__name__)
print(type(v2).__name__)
v5 = (134, 1351677508)
v6 = set(range(17))
v4 = v4 * -2.25
print(gc.is_tracked(v5))
print(sys.getsizeof(v4))
v6.add(47)
print(18 in v6)
v7 = list(range(9))
r8 = f1(10000000000000000000000000000000000009, 217)
print(r8)
v9 = "中文"
x1 = ()
x2 = ()
print(x1 is x2)
o10 = C1(299073185)
o11 = C1(41602)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
o12 = C1(69)
o13 = C1(76945)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
print(type(v6).__name__)
v14 = C1(len(v5))
def g1(n):
    for i in range(n):
        yield i * 1
v4 = 0.0
o15 = C1(20000000000000000000000000000000000000000000990)
o16 = C1(280)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
print(sum(x * x for x in range(5)))
t17 = {}
t18 = id(t17)
del t17
t19 = {104: 90000000000000000000000844, -15: 303107516, 151: 300000000000000000000000000000405}
print(id(t19) == t18)
t20 = tuple(v7)
t21 = id(t20)
del t20
t22 = (len(v7), -65080)
print(id(t22) == t21)
v23 = 100.0
t19 = {}
o24 = C1(900000000000000000000000000000000000302)
o25 = C1(50)
o24.other = o25
o25.other = o24
print(sys.getrefcount(o24), sys.getrefcount(o25))
del o24, o25
print(gc.collect())
v26 = set(range(10))
acc27 = []
i = 0
while i < 10:
    if i % 3 == 0:
        acc27.append(i)
    i += 1
print(len(acc27), acc27[-3:])
r28 = f1(7000000000000000000479, len(v1))
print(r28)
print(gc.is_tracked(v5))
acc29 = []
i = 0
while i < 15:
    if i % 4 == 0:
        acc29.append(i)
    i += 1
print(len(acc29), acc29[-3:])
print(gc.collect())
