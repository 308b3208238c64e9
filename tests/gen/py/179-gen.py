# gen.py 179 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1():
    acc = []
    for i in range(4):
        acc.append(i)
    return acc
r1 = f1()
print(r1)
v2 = C1(128)
print(sys.getsizeof(v2))
v3 = 21
print(gc.collect())
del r1
v3 = 1090062080
v4 = 652.12
r5 = f1()
print(r5)
r6 = f1()
print(r6)
x1 = 256
x2 = 256
print(x1 is x2)
v7 = v4 * 1.5
print(sys.getsizeof(v2))
print(gc.is_tracked(v3))
print(type(v4).__name__)
def g1(n):
    for i in range(n):
        yield i * 3
v8 = "abc123"
print(type(v3).__name__)
print(gc.is_tracked(v8))
v9 = v3 % 10
v10 = v9 * 7
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o11 = C1(v9 * 4)
o12 = C1(164)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
o13 = C1(len(v8))
o14 = C1(v10 // 3)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
v15 = {240: v9 % 97, 269: v10 ** 5, 209: v10 // 7, 50: v3 % 2, 171: 3000000000000000000000000000000000000000000000000000476}
try:
    print(6 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(o14))
v8 = v8.capitalize()
print(v15.get("k1"), list(v15.keys())[:3])
print(v15.get(12), list(v15.keys())[:3])
r16 = f1()
print(r16)
v17 = v10 / 3
t18 = dict()
t19 = id(t18)
del t18
t20 = dict(k0=v3 % 97, k1=v9 ** 5, k2=v10 // 2, k3=v9 ** 3, k4=1669221035)
print(id(t20) == t19)
v21 = v3 * 2
print(gc.collect())
