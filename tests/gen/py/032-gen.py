# gen.py 32 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0):
    acc = [p0]
    for i in range(0):
        acc.append(i)
    return acc
v1 = {i: i * i for i in range(8)}
del v1
o2 = C1(-1)
o3 = C1(142)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
print(o3.a, o3.total())
v4 = -2.25
acc5 = []
for i in range(1):
    acc5.append(i * 1000)
print(len(acc5), acc5[-3:])
acc5.extend(range(7))
print(type(acc5).__name__)
x1 = 1000
x2 = 1000
print(x1 is x2)
print(len(gc.get_referents(o2)))
print(v4)
print(gc.is_tracked(acc5))
print(sys.getrefcount(acc5))
v6 = C1(41)
v7 = ()
v8 = set(range(6))
del o2
x1 = 2.5
x2 = 2.5
print(x1 is x2)
del v4
o9 = C1(1001423373)
o10 = C1(-49567)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
t11 = tuple(acc5)
t12 = id(t11)
del t11
t13 = (54890, "-".join(str(e) for e in acc5))
print(id(t13) == t12)
v8.add(23)
print(gc.is_tracked(o3))
t14 = "  pad  "
t15 = id(t14)
del t14
t16 = ""
print(id(t16) == t15)
v17 = t16.split()
print(type(v6).__name__)
o18 = C1(1000000000000000475)
o19 = C1(len(acc5))
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
del o18, o19
print(gc.collect())
v20 = {i: i * i for i in range(11)}
t21 = [89, 121, -93969, 39261725, 6, 100000000000000000000000000110, 187, 60]
t22 = id(t21)
del t21
t23 = v17 * 1
print(id(t23) == t22)
print(sorted(v8))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v8.add(20)
r24 = f1(919409739)
print(r24)
del v8
alias25 = o3
print(alias25 is o3, id(alias25) == id(o3))
x1 = 256
x2 = 256
print(x1 is x2)
print(len(t13))
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
alias25 = C1(210)
v26 = 135.38
print(gc.collect())
