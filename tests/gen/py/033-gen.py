# gen.py 33 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r1 = f1(-54490)
print(r1)
v2 = {66, 92, 82, 26, 10, 2}
print(sorted(v2))
print(10 in v2)
print(len(v2))
v3 = {264: 24562, -4: 20000000000000000000152, 27: 655}
v2.add(43)
def g1(n):
    for i in range(n):
        yield i * 4
r4 = f1(1951094068)
print(r4)
print(v3)
v5 = C1(14804)
v2.discard(46)
o6 = C1(139)
o7 = C1(-55577)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
o8 = C1(198)
o9 = C1(22231)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
try:
    print(5 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(v3.get(5), list(v3.keys())[:3])
print(gc.collect())
print(sum(g1(7)), max(g1(0), default=-1))
print(o9.a, o9.total())
print(gc.collect())
print(type(v3).__name__)
o10 = C1(217)
o11 = C1(1145)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
v12 = "spam eggs"
print(v12)
v3[11] = "中文"
print(sys.getsizeof(o9))
print(10 in v2)
v3 = {"k0": v12 * 4, "k1": 13395, "k2": v12.title(), "k3": ""}
v2.discard(47)
print(len(v3))
o13 = C1(7000000000000000000000000000000000000000000000000000288)
o14 = C1(len(v3))
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
print(sys.getsizeof(v5))
v15 = {i: i * i for i in range(3)}
print(v3.pop("k6", None))
print(sys.getrefcount(v5))
print(sys.getrefcount(o13))
print(gc.collect())
