# gen.py 118 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v2 = {}
acc3 = []
i = 0
while i < 2:
    if i % 3 == 0:
        acc3.append(i)
    i += 1
print(len(acc3), acc3[-3:])
print(sys.getrefcount(acc3))
v4 = C1(28)
print(sys.getsizeof(acc3))
print(type(v2).__name__)
print(type(acc3).__name__)
v5 = tuple(acc3)
o6 = C1(21129)
o7 = C1(300000000000000000000000000000000000000000793)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
v8 = [i * 1 for i in range(2)]
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v1))
r9 = f1(147, 43931)
print(r9)
v2.update({"k0": 9})
print(v8)
v10 = C1(1000000000000000000000000000000000000000000128)
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
v2 = {"k0": "  pad  ", "k1": 41602, "k2": repr(v1), "k3": 70000000000000000000000000000000000000000000000000000640, "k4": len(acc3)}
v11 = 1e10
v11 = 0.0
o12 = C1(20000000000000000000000000000000000000000000990)
o13 = C1(280)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
def g1(n):
    for i in range(n):
        yield i * 3
v2.update({"k5": 2})
if acc3:
    acc3[0] = "tab\t"
v14 = 303107516
t15 = float(v14)
t16 = id(t15)
del t15
t17 = v14 / 2
print(id(t17) == t16)
acc18 = []
for i in range(9):
    acc18.append(i)
print(len(acc18), acc18[-3:])
print(sys.getsizeof(o13))
v10 = C1(v14 * -2)
print(sys.getrefcount(v10))
if 3 in v2:
    del v2[3]
if 5 in v2:
    del v2[5]
if v8:
    print(v8.pop())
print(gc.is_tracked(v1))
v19 = []
print(gc.collect())
