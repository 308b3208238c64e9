# gen.py 287 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0=5):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
v1 = 2.5e-3
del v1
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v2 = C1(20000000000000000000000000827)
v3 = ("abc123", 1e10, 3.141592653589793, -2.25, 11405, 40000000000000000000000000000000000636)
v2 = C1(600000000000000000000000000000000000000000000000129)
v4 = {12, 41, 0, 68, 60}
x1 = 2.5
x2 = 2.5
print(x1 is x2)
v5 = 100.0
v6 = "line\n"
print(len(gc.get_referents(v3)))
r7 = f1(15)
print(r7)
print(type(v5).__name__)
v8 = {"k0": -2649, "k1": str(v5), "k2": v6.title(), "k3": len(v3), "k4": v6.replace("l", "L")}
v9 = len(v6)
t10 = (v9 + -35784,)
t11 = id(t10)
del t10
t12 = ("hello", v6.replace("l", "L"), "")
print(id(t12) == t11)
v13 = 300000000000000000089
v14 = set()
print(gc.is_tracked(v13))
acc15 = []
for i in range(12):
    acc15.append(i * 1000)
print(len(acc15), acc15[-3:])
acc16 = []
for i in range(24):
    acc16.append([i])
print(len(acc16), acc16[-3:])
t17 = dict(k0=len(v3), k1=-v9, k2=v13 // 7, k3=500000000000000000000000000000000000000000000142)
t18 = id(t17)
del t17
t19 = {i: i * i for i in range(0)}
print(id(t19) == t18)
v2 = C1(-v9)
print(v6)
alias20 = v14
print(alias20 is v14, id(alias20) == id(v14))
def g1(n):
    for i in range(n):
        yield i * 3
acc21 = []
i = 0
while i < 25:
    if i % 3 == 0:
        acc21.append(i)
    i += 1
print(len(acc21), acc21[-3:])
acc22 = []
for i in range(6):
    acc22.append(i * 1000)
print(len(acc22), acc22[-3:])
it23 = g1(2)
print(type(it23).__name__)
print(sys.getsizeof(it23))
for v in it23:
    print(v)
v24 = float(v13)
v14.add(4)
print(len(gc.get_referents(acc22)))
print(gc.collect())
