# gen.py 239 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0):
    acc = [p0]
    return acc
v1 = {"k0": "Hello World", "k1": 54, "k2": -48759, "k3": 800000000000000000000346, "k4": "spam eggs", "k5": 94689, "k6": 548686119}
def g1(n):
    for i in range(n):
        yield i * 3
del v1
r2 = f1(248)
print(r2)
v3 = (-20225,)
v4 = {i % 8 for i in range(2)}
acc5 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc5.append((i, x))
else:
    acc5.append(None)
print(len(acc5), acc5[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v4.add(14)
print(gc.is_tracked(acc5))
v4.add(23)
v6 = C1(41481)
r7 = f1(83)
print(r7)
print(sys.getrefcount(v6))
print(sys.getrefcount(acc5))
v8 = repr(acc5)
acc5 = []
v9 = 0.0
del v3
v4.add(48)
t10 = (30000000000000000000000000000000000000125, 1e10, 9000000000000000000000000000000000000000000000000515, 32, v9 * 0.1)
t11 = id(t10)
del t10
t12 = (100000000000000000000000000000000000000000000000000544,)
print(id(t12) == t11)
print(sys.getsizeof(acc5))
acc5.append(str(v9))
v13 = acc5[:]
v4.add(2)
print(v9)
r14 = f1(2000000000000000000000000000000000000000000765)
print(r14)
o15 = C1(5000000000000000000000000000000000963)
o16 = C1(len(t12))
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
v4.discard(8)
acc17 = []
for i in range(4):
    acc17.append(i)
print(len(acc17), acc17[-3:])
del r14
r18 = f1(84)
print(r18)
print(sys.getsizeof(acc5))
print(sys.getsizeof(t12))
t19 = (-2.25, str(v9), 8916)
t20 = id(t19)
del t19
t21 = (v9 * 0.0, -2.25, 1e10, v8 + "tab\t", v8[3:4])
print(id(t21) == t20)
v4.discard(9)
alias22 = v6
print(alias22 is v6, id(alias22) == id(v6))
print(v9)
print(gc.collect())
