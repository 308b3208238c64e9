# gen.py 256 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "  pad  "
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=5):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
v1 = -2.25
v2 = C1(67)
v3 = ()
acc4 = []
i = 0
while i < 11:
    if i % 5 == 0:
        acc4.append(i)
    i += 1
print(len(acc4), acc4[-3:])
print(gc.is_tracked(acc4))
v5 = repr(acc4)
print(gc.is_tracked(v1))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc6 = []
for i in range(23):
    acc6.append(i)
print(len(acc6), acc6[-3:])
del acc4[:1]
print(acc6)
acc6 = acc4[:]
x1 = 1000
x2 = 1000
print(x1 is x2)
o7 = C2(len(v5))
o8 = C2(221)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
del o7, o8
print(gc.collect())
o9 = C2(185)
o10 = C2(10000000000000000394)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
print(sys.getsizeof(v1))
def g1(n):
    for i in range(n):
        yield i * 2
v11 = 50
print(sys.getsizeof(v3))
acc4 = acc6[:]
print(sum(x * x for x in range(10)))
acc12 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
v13 = {}
acc14 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
del v1
v15 = 2.5e-3
c16 = make_counter1()
print(c16(), c16(5), c16())
t17 = {287: v11 // 2, 54: v11 // 2, 258: 123, 238: v11 + 90000000000000000000000000000000000984, 33: v11 + 80}
t18 = id(t17)
del t17
t19 = {143: v11 % 97, 189: 49, 30: v11 // 2}
print(id(t19) == t18)
acc4.reverse()
acc20 = []
i = 0
while i < 3:
    if i % 4 == 0:
        acc20.append(i)
    i += 1
print(len(acc20), acc20[-3:])
r21 = f1(len(v3))
print(r21)
v2 = C1(v11 ** 3)
print(t19.get(0), list(t19.keys())[:3])
print(sys.getsizeof(acc12))
acc22 = []
for i, x in enumerate([3, 1, 2]):
    if i > 0:
        break
    acc22.append((i, x))
else:
    acc22.append(None)
print(len(acc22), acc22[-3:])
print(sys.getsizeof(acc12))
def g2(n):
    for i in range(n):
        yield i * 5
v23 = 1.5
print(type(acc6).__name__)
print(gc.collect())
