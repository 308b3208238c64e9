# gen.py 196 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "UPPER"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
o1 = C1(5000000000000000000000000000000000000000000000000000000281)
o2 = C1(1838825128)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
x1 = 256
x2 = 256
print(x1 is x2)
v3 = {i % 2 for i in range(12)}
print(gc.is_tracked(v3))
t4 = 2.5e-3
t5 = id(t4)
del t4
t6 = 0.1
print(id(t6) == t5)
print(gc.collect())
acc7 = []
i = 0
while i < 25:
    if i % 5 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v3.add(31)
acc8 = []
for i in range(7):
    acc8.append(str(i))
print(len(acc8), acc8[-3:])
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
v9 = [-27979, 900000000000000000000000000000000000000388, 40]
o10 = C1(600000000000000000000000000000000000000000000767)
o11 = C1(139)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del acc7
c12 = make_counter1()
print(c12(), c12(8), c12())
del t6
v13 = 100.0
def g1(n):
    for i in range(n):
        yield i * 5
v14 = 0.1
v9.extend(range(0))
print(sys.getsizeof(v13))
print(1 in v3)
o15 = C1(-4363)
o16 = C1(32)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
print(v9)
print(type(v13).__name__)
v17 = b""
o18 = C1(228)
o19 = C1(194)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
del o18, o19
print(gc.collect())
print(sys.getsizeof(o15))
v3.discard(18)
t20 = "-".join(str(e) for e in v9)
t21 = id(t20)
del t20
t22 = "tab\t"
print(id(t22) == t21)
print(gc.is_tracked(v9))
v23 = {71, 73, 6, 86, 72}
print(sum(g1(4)), max(g1(0), default=-1))
v3.add(33)
acc8.reverse()
o24 = C1(len(t22))
o25 = C1(179)
o24.other = o25
o25.other = o24
print(sys.getrefcount(o24), sys.getrefcount(o25))
del o24, o25
print(gc.collect())
print(sum(x * x for x in range(11)))
del o10
print(gc.collect())
