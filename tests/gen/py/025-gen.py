# gen.py 25 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "spam eggs"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1=9):
    acc = [p0, p1]
    return acc
v1 = 3.141592653589793
o2 = C2(600000000000000000000000000000000000000000000000480)
o3 = C2(45)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
v4 = {81, 15, 74, 53}
print(20 in v4)
v5 = 34
print(gc.is_tracked(v4))
print(v5 is v5 + 0, v5 == v5 + 0)
o6 = C2(v5 + 50000000000000000000000000048)
o7 = C2(v5 ** 5)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
print(sys.getsizeof(v4))
print(len(gc.get_referents(o2)))
v1 = v5 / 3
v4.add(40)
v4.discard(31)
del v4
r8 = f1(v5 ** 4, 41936)
print(r8)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
o9 = C1(v5 // -4)
o10 = C1(128)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
v5 = v5 + -23041
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o11 = C1(v5 // 3)
o12 = C1(v5 * 6)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
t13 = [130, v5 * -2, v5 + 500000000000000000000000000000000000000290, 75, v5 ** 2]
t14 = id(t13)
del t13
t15 = []
print(id(t15) == t14)
print(gc.is_tracked(v1))
v16 = {"k0": "snake_case", "k1": "a"}
v17 = {11}
v1 = float(v5)
v1 = v1 * 0.1
v18 = [[j] * 3 for j in range(4)]
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
try:
    print(9 // 0)
except Exception as e:
    print(type(e).__name__, e)
v19 = 100.0
r20 = f1(v5 ** 3, 139)
print(r20)
del v17
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
r21 = f1(len(t15), v5 // 2)
print(r21)
acc22 = []
for i in range(24):
    acc22.append([i])
print(len(acc22), acc22[-3:])
del r8
print(len(v16))
acc23 = []
i = 0
while i < 19:
    if i % 4 == 0:
        acc23.append(i)
    i += 1
print(len(acc23), acc23[-3:])
t15 = [[j] * 0 for j in range(4)]
print(gc.collect())
