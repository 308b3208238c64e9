# gen.py 34 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "UPPER"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1=8):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = (39,)
v2 = (2.5e-3, 900000000000000000000000000621, 7000000000000000000000000000000254)
v3 = 1.5
print(sys.getsizeof(v1))
v4 = b"\x00\xff"
r5 = f1(500000000000000000000000239, 41031)
print(r5)
print(sys.getsizeof(v1))
x1 = 257
x2 = 257
print(x1 is x2)
acc6 = []
for i, x in enumerate([3, 1, 2]):
    if i > 2:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
o7 = C2(20)
o8 = C2(42309)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
acc9 = []
i = 0
while i < 10:
    if i % 4 == 0:
        acc9.append(i)
    i += 1
print(len(acc9), acc9[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v1))
o10 = C2(10000000000000000000000000276)
o11 = C2(500000000000000000000878)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
r12 = f1(len(v2), 183)
print(r12)
acc6.append(f"<{v3}>")
v13 = ("b", "-".join(str(e) for e in v2))
r14 = f1(-76258, 99029)
print(r14)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
x1 = -6
x2 = -6
print(x1 is x2)
print(v1)
r15 = f1(5000000000000000000000000000000545, -14345)
print(r15)
del acc9[:2]
c16 = make_counter2()
print(c16(), c16(5), c16())
print(sys.getrefcount(o8))
r17 = f1(45, 128)
print(r17)
acc18 = []
for i in range(19):
    acc18.append(str(i))
print(len(acc18), acc18[-3:])
r19 = f1(500000000000000000000000000045, 70000000000000000000000000000000000000793)
print(r19)
print(o7.a, o7.total())
r20 = f1(96, 4000000000000000000703)
print(r20)
v21 = tuple(acc9)
del acc9[:1]
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(gc.is_tracked(o11))
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(v2)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
acc9.insert(1, 237)
print(len(v21))
def make_counter3():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
