# gen.py 204 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=6):
    acc = [p0]
    for i in range(3):
        acc.append(i)
    return acc
v1 = b"a"
print(type(v1).__name__)
print(len(v1))
r2 = f1(-98040)
print(r2)
v3 = {94}
r4 = f1(20000000000000000000000000000000000000000000455)
print(r4)
v3.discard(18)
v5 = b"\x00\xff"
print(0 in v3)
o6 = C2(65)
o7 = C2(1944379870)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
o8 = C1(1575352001)
o9 = C1(56110)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(type(v3).__name__)
print(sys.getrefcount(o6))
o10 = C1(3179)
o11 = C1(238)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
print(gc.is_tracked(v3))
def g1(n):
    for i in range(n):
        yield i * 4
r12 = f1(-45360)
print(r12)
o13 = C2(500000000000000000000000251)
o14 = C2(28)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
v15 = "abc123"
it16 = g1(3)
print(type(it16).__name__)
print(sys.getsizeof(it16))
for v in it16:
    print(v)
print(16 in v3)
v17 = dict(k0=-23427, k1=-63359, k2=172)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
v17 = {i: i * i for i in range(12)}
o6 = C2(2000000000000000000000996)
acc18 = []
for i in range(19):
    acc18.append(str(i))
print(len(acc18), acc18[-3:])
v17[4] = 256
print(type(v15).__name__)
v19 = 4000000000000000000000000000000682
print(sys.getsizeof(v15))
del r4
print(list(g1(8)))
r20 = f1(v19 // 7)
print(r20)
o21 = C1(len(acc18))
o22 = C1(v19 % 97)
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
del o21, o22
print(gc.collect())
v23 = [-v19, v19 % 2, 74738, 251, 145, v19 ** 5]
acc24 = []
i = 0
while i < 7:
    if i % 4 == 0:
        acc24.append(i)
    i += 1
print(len(acc24), acc24[-3:])
print(gc.collect())
