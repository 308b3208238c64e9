# gen.py 225 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0=2):
    acc = [p0]
    for i in range(4):
        acc.append(i)
    return acc
v1 = C1(104)
print(sys.getsizeof(v1))
r2 = f1(-54743)
print(r2)
v3 = {143: 37, 267: 89004, 169: 168, 70: -98718, 173: -3}
print(gc.is_tracked(v1))
v4 = 1.5
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del r2
print(v3.get(7), list(v3.keys())[:3])
v5 = "中文"
v3["k4"] = "xx"
v6 = 0.1
print(type(v5).__name__)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v5))
print(type(v4).__name__)
v7 = {i % 7 for i in range(25)}
print(sorted(v7))
print(v3)
def g1(n):
    for i in range(n):
        yield i * 1
o8 = C1(97513)
o9 = C1(138)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
v10 = {-1}
o11 = C1(-70164)
o12 = C1(-92209)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
print(gc.collect())
print(sys.getsizeof(o11))
v13 = {i % 8 for i in range(15)}
print(sys.getsizeof(v7))
if 3 in v3:
    del v3[3]
v14 = (v5.lower(), 75, v5.replace("l", "L"), 139, -2.25, v5 * 4)
print(sys.getsizeof(v4))
acc15 = []
for i in range(0):
    acc15.append(i * 1000)
print(len(acc15), acc15[-3:])
v4 = 0.1
del o11
v16 = 0.1
print(list(g1(4)))
v17 = -41863
print(gc.collect())
