# gen.py 70 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
v1 = "spam eggs"
acc2 = []
i = 0
while i < 25:
    if i % 3 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
if acc2:
    acc2[0] = v1[3:9]
v3 = 1e10
v4 = (3.141592653589793, v3 * 0.0, 2.5e-3, 32, 0.1)
print(sys.getrefcount(acc2))
v5 = ()
print(gc.collect())
v6 = C1(123)
print(gc.is_tracked(v6))
v7 = set()
r8 = f1(201, 3000000000000000000000000000000000000000000000000675, len(v4))
print(r8)
v9 = {257: 209}
acc10 = []
for i in range(24):
    acc10.append((i, i))
print(len(acc10), acc10[-3:])
v11 = 0.0
o12 = C1(236)
o13 = C1(100000000000000000000000000000000000000000000000131)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
o14 = C1(148)
o15 = C1(len(acc2))
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
x1 = 256
x2 = 256
print(x1 is x2)
r16 = f1(60126, 221, -31568)
print(r16)
acc2.append("a")
o17 = C1(34)
o18 = C1(255)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
r19 = f1(len(v4), -58559, len(v1))
print(r19)
acc2.reverse()
print(sys.getsizeof(v1))
print(type(v4).__name__)
v20 = v1.split()
v21 = tuple(v20)
def g1(n):
    for i in range(n):
        yield i * 5
acc10.insert(1, 92)
v22 = {176: 173, 191: len(v9), 179: 40000000000000000000000000000000000000000000000045, 266: -69706, 268: 135}
print(8 in v7)
v23 = {113: 1710336543, 222: len(v20), 64: 1000000000000000000000000000000000000000062}
def g2(n):
    for i in range(n):
        yield i * 2
print(v9)
acc2 = [i * 9 for i in range(11)]
del r16
v3 = 1.5
t24 = ()
t25 = id(t24)
del t24
t26 = ()
print(id(t26) == t25)
print(gc.collect())
