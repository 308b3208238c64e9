# gen.py 261 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "xxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1=6):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
def g1(n):
    for i in range(n):
        yield i * 3
acc1 = []
for i in range(3):
    acc1.append([i])
print(len(acc1), acc1[-3:])
print(sys.getsizeof(acc1))
v2 = "a"
print(type(v2).__name__)
del acc1
v3 = v2.strip()
o4 = C1(26910)
o5 = C1(162)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
x1 = 1000
x2 = 1000
print(x1 is x2)
print(sys.getsizeof(v2))
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
del o4
print(sys.getrefcount(o5))
v6 = {i % 3 for i in range(18)}
v6.add(13)
v7 = v2.split()
print(len(gc.get_referents(v7)))
v7.reverse()
if v7:
    v7[0] = repr(v7)
acc8 = []
for i in range(12):
    acc8.append(i * 1000)
print(len(acc8), acc8[-3:])
print(gc.collect())
o9 = C1(100000000000000000000000457)
o10 = C1(-69242)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
v11 = {74: len(v7), 208: 178}
v12 = C2(-72169)
print(len(v7))
v7.reverse()
del acc8
print(len(v2))
v13 = 1e10
acc14 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
print(sys.getsizeof(v2))
print(len(v7))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v11.get("k5"), list(v11.keys())[:3])
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
