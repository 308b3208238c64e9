# gen.py 294 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    for i in range(3):
        acc.append(i)
    return acc
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v1 = C1(999679103)
print(sys.getsizeof(v1))
x1 = "abc"
x2 = "abc"
print(x1 is x2)
v2 = C1(100)
v3 = {212: 125, 216: 59305}
v4 = C1(200)
print(sys.getsizeof(v1))
def g1(n):
    for i in range(n):
        yield i * 2
print(gc.is_tracked(v1))
v3["k3"] = [10000000000000000000000000000000000672, len(v3), 70, 8000000000000000000000000000000000000000000000000000699]
v5 = []
print(type(v2).__name__)
v6 = 2.5e-3
print(v4.a, v4.total())
v4 = C1(212)
del v5
print(sys.getsizeof(v6))
v7 = dict(k0=2000000000000000000000000000000000000000000439, k1=468088392, k2=800000000000000000000000000000000000000000997)
def g2(n):
    for i in range(n):
        yield i * 5
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
acc8 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
v9 = 55
v10 = C1(v9 * 0)
v11 = {}
v6 = 0.0
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
acc8.insert(-2, v9 + 214)
v12 = dict(k0=600000000000000000000000000000000000000444, k1=v9 + 70395, k2=v9 * 4, k3=len(acc8))
print(sys.getsizeof(v12))
print(v7.pop(6, None))
print(v12.pop(4, None))
print(type(v6).__name__)
print(v9 is v9 + 0, v9 == v9 + 0)
o13 = C1(98661)
o14 = C1(v9 + 80)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
print(sys.getrefcount(o13))
print(sys.getrefcount(v10))
acc15 = []
for i in range(14):
    acc15.append(str(i))
print(len(acc15), acc15[-3:])
o16 = C1(10)
o17 = C1(60000000000000000000000000000000000000000000000000000283)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
print(gc.collect())
