# gen.py 256 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v2 = C2(28639)
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
v11 = C1(146)
print(v5)
print(len(acc6))
print(acc4)
v12 = acc6[:]
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
if acc4:
    print(acc4.pop())
if acc6:
    print(acc6.pop())
print(sys.getrefcount(v11))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v13 = 2.5e-3
c14 = make_counter1()
print(c14(), c14(5), c14())
t15 = dict(k0=60, k1=80, k2=1000000000000000000000000000000000000000000000000000000000813)
t16 = id(t15)
del t15
t17 = {"k0": 90000000000000000000000000000000000984, "k1": 60, "k2": 1000000000000000000000000000000000949}
print(id(t17) == t16)
del acc4[:1]
del v11
print(v2.a, v2.total())
print(type(v3).__name__)
acc4.reverse()
acc18 = []
i = 0
while i < 3:
    if i % 4 == 0:
        acc18.append(i)
    i += 1
print(len(acc18), acc18[-3:])
r19 = f1(6154)
print(r19)
print(gc.collect())
