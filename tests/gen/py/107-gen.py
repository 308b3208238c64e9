# gen.py 107 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0):
    acc = [p0]
    for i in range(2):
        acc.append(i)
    return acc
o1 = C1(25205)
o2 = C1(66)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = 3.141592653589793
print(type(v3).__name__)
print(sys.getsizeof(v3))
print(gc.is_tracked(v3))
print(sys.getsizeof(v3))
print(sys.getsizeof(v3))
print(type(v3).__name__)
print(gc.is_tracked(v3))
r4 = f1(-63229)
print(r4)
v5 = {58}
v6 = C1(113)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
o7 = C1(-50770)
o8 = C1(202)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
acc9 = []
i = 0
while i < 4:
    if i % 5 == 0:
        acc9.append(i)
    i += 1
print(len(acc9), acc9[-3:])
acc10 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc10.append((i, x))
else:
    acc10.append(None)
print(len(acc10), acc10[-3:])
v11 = tuple(acc9)
v12 = 151
v13 = b"zz"
v5.discard(18)
v5.add(9)
r14 = f1(v12 % 2)
print(r14)
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(v13))
print(gc.is_tracked(v11))
acc15 = []
for i in range(23):
    acc15.append({i: i})
print(len(acc15), acc15[-3:])
print(sys.getsizeof(o7))
print(sys.getrefcount(acc9))
print(v3)
r16 = f1(v12 // 2)
print(r16)
print(sys.getsizeof(v12))
def g1(n):
    for i in range(n):
        yield i * 1
print(sum(x * x for x in range(21)))
r17 = f1(-v12)
print(r17)
v18 = acc9[:]
v5 = {2, 0}
print(gc.is_tracked(acc15))
print(gc.is_tracked(o7))
print(gc.collect())
