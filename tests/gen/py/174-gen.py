# gen.py 174 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    for i in range(5):
        acc.append(i)
    return acc
v1 = {82, 36}
o2 = C1(54)
o3 = C1(142)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
print(len(v1))
v1.add(21)
o4 = C1(84)
o5 = C1(30000000000000000000000000000000000000000000000000000510)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
print(sorted(v1))
acc6 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
print(len(v1))
def g1(n):
    for i in range(n):
        yield i * 5
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v7 = "UPPER"
print(acc6)
acc8 = []
i = 0
while i < 22:
    if i % 2 == 0:
        acc8.append(i)
    i += 1
print(len(acc8), acc8[-3:])
print(sys.getsizeof(acc6))
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
v9 = {-4, 19, 2, 93, 35}
print(gc.collect())
acc6.insert(-1, 56085)
v10 = C1(80000000000000000000863)
del acc8[:3]
acc11 = []
for i in range(3):
    acc11.append({i: i})
print(len(acc11), acc11[-3:])
v12 = 56
v13 = tuple(acc6)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
if acc11:
    print(acc11.pop())
v14 = {i: i * i for i in range(12)}
v10 = C1(v12 ** 5)
v12 = 159
v15 = -28561
if acc11:
    print(acc11.pop())
o16 = C1(-v15)
o17 = C1(v15 * 0)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
acc18 = []
for i in range(9):
    acc18.append([i])
print(len(acc18), acc18[-3:])
print(type(v10).__name__)
v14["k6"] = list(range(1))
print(sys.getsizeof(acc8))
print(sum(g1(3)), max(g1(1), default=-1))
v9.discard(28)
v13 = ()
print(gc.collect())
