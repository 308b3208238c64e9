# gen.py 54 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2=7):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
v1 = C1(6000000000000000000000000000000000000000000000000300)
print(v1.a, v1.total())
def g1(n):
    for i in range(n):
        yield i * 3
print(sys.getrefcount(v1))
v2 = set(range(11))
print(type(v1).__name__)
v3 = set(range(6))
r4 = f1(68856950, 4000000000000000000000000000000000000989, -56235)
print(r4)
v2.discard(29)
print(sys.getsizeof(v1))
del v3
v5 = 400000000000000000000000000000000000000000000000474
del r4
v2.discard(17)
v6 = 393.51
acc7 = []
i = 0
while i < 11:
    if i % 5 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
acc8 = []
for i, x in enumerate("abcdef"):
    if i > 1:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
x1 = "abc"
x2 = "abc"
print(x1 is x2)
o9 = C1(-v5)
o10 = C1(v5 // -4)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
print(len(acc8))
v11 = C1(v5 // 2)
print(len(acc7))
v12 = [v5 ** 4, -2.25]
r13 = f1(10339, 65087, v5 * 3)
print(r13)
r14 = f1(v5 % 10, v5 + 4000000000000000000000000000000000000000029, v5 // 7)
print(r14)
print(v5 is v5 + 0, v5 == v5 + 0)
print(sys.getsizeof(v6))
v2.add(10)
print(sys.getsizeof(v2))
print(list(g1(5)))
print(gc.is_tracked(v2))
r15 = f1(-v5, v5 + 91703, -23392)
print(r15)
acc16 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc16.append((i, x))
else:
    acc16.append(None)
print(len(acc16), acc16[-3:])
v2.discard(27)
print(type(v5).__name__)
print(gc.collect())
