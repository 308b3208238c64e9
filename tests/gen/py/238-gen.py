# gen.py 238 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0=8):
    acc = [p0]
    for i in range(0):
        acc.append(i)
    return acc
acc1 = []
i = 0
while i < 0:
    if i % 4 == 0:
        acc1.append(i)
    i += 1
print(len(acc1), acc1[-3:])
try:
    print(3 // 0)
except Exception as e:
    print(type(e).__name__, e)
acc2 = []
for i in range(3):
    acc2.append((i, i))
print(len(acc2), acc2[-3:])
v3 = "hello"
if acc2:
    acc2[0] = "-".join(str(e) for e in acc2)
r4 = f1(len(acc1))
print(r4)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
v5 = C1(34703)
print(gc.is_tracked(v3))
print(gc.is_tracked(v5))
x1 = ()
x2 = ()
print(x1 is x2)
print(len(acc1))
print(gc.is_tracked(v5))
acc2.extend(range(8))
print(type(v3).__name__)
acc6 = []
for i in range(18):
    acc6.append(str(i))
print(len(acc6), acc6[-3:])
x1 = 1000
x2 = 1000
print(x1 is x2)
print(acc2)
x1 = 256
x2 = 256
print(x1 is x2)
print(gc.is_tracked(acc1))
if acc2:
    acc2[0] = v3 + "中文"
v7 = {44, 23, 50, 60}
if acc2:
    acc2[0] = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
print(sys.getsizeof(v5))
v8 = [22, 13, 66456982, 183, -355, 6273, 156]
print(acc1)
r9 = f1(900000000000000000000000000605)
print(r9)
v10 = 3.141592653589793
v11 = {i: i * i for i in range(11)}
print(sys.getsizeof(v5))
try:
    print(undefined_name_9)
except Exception as e:
    print(type(e).__name__, e)
del acc1
del acc6
if v8:
    v8[0] = v3 * 4
del v10
print(sys.getsizeof(v8))
def g1(n):
    for i in range(n):
        yield i * 5
print(gc.collect())
