# gen.py 153 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
acc1 = []
for i, x in enumerate([3, 1, 2]):
    if i > 2:
        break
    acc1.append((i, x))
else:
    acc1.append(None)
print(len(acc1), acc1[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o2 = C1(210)
o3 = C1(-28592)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
print(len(acc1))
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
del o3
print(sys.getsizeof(acc1))
print(sys.getrefcount(acc1))
acc4 = []
for i, x in enumerate("abcdef"):
    if i > 1:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
print(type(o2).__name__)
acc4.reverse()
if acc1:
    acc1[0] = "中文"
acc5 = []
i = 0
while i < 24:
    if i % 2 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
print(sys.getsizeof(acc5))
del acc5
print(gc.is_tracked(o2))
print(len(gc.get_referents(o2)))
t6 = list(range(1))
t7 = id(t6)
del t6
t8 = list(range(10))
print(id(t8) == t7)
acc9 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
acc10 = []
for i in range(16):
    acc10.append((i, i))
print(len(acc10), acc10[-3:])
acc1.insert(1, 253)
o11 = C1(len(acc1))
o12 = C1(200000000000000000000000000000000000000763)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
print(type(o2).__name__)
acc4.reverse()
def g1(n):
    for i in range(n):
        yield i * 1
acc10.append(4000000000000000000000000000000063)
print(len(acc1))
print(sys.getrefcount(t8))
v13 = 0.1
v14 = 190
if acc1:
    acc1[0] = "spam eggs"
del acc1
print(gc.is_tracked(acc9))
v15 = b""
acc10.reverse()
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v13))
def g2(n):
    for i in range(n):
        yield i * 4
del o2
print(gc.collect())
