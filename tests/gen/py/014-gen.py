# gen.py 14 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1=1):
    acc = [p0, p1]
    return acc
r1 = f1(129, -47185)
print(r1)
v2 = C1(50000000000000000000000000010)
v3 = {i: i * i for i in range(1)}
v3.update({"k3": 1})
print(len(gc.get_referents(v2)))
v4 = bytes(8)
print(gc.is_tracked(v3))
print(len(v4))
v5 = 1.5
acc6 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
v7 = {i % 3 for i in range(17)}
print(sys.getsizeof(v5))
acc8 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
del v7
print(gc.is_tracked(v5))
del r1
del acc8
print(sys.getsizeof(acc6))
v9 = {i % 1 for i in range(11)}
if acc6:
    print(acc6.pop())
if acc6:
    acc6[0] = str(v5)
def g1(n):
    for i in range(n):
        yield i * 5
del v4
v10 = set(range(6))
v2 = C1(len(v3))
print(type(v2).__name__)
print(len(v9))
print(type(v3).__name__)
o11 = C1(len(acc6))
o12 = C1(300000000000000000000000000000000000000000000000660)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
v10.discard(15)
v9.discard(39)
acc6 = [[j] * 2 for j in range(0)]
v13 = acc6 + [len(acc6)]
v14 = (222,)
v15 = "line\n"
r16 = f1(-10311, 20000000000000000000436)
print(r16)
print(gc.collect())
