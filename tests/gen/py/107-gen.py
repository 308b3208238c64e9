# gen.py 107 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v6 = {}
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
o7 = C1(len(v6))
o8 = C1(89162)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
print(v6.get(6), list(v6.keys())[:3])
acc9 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
v10 = tuple(acc9)
v11 = 151
v12 = C1(v11 % 97)
v5.add(9)
r13 = f1(v11 % 2)
print(r13)
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getrefcount(v6))
r14 = f1(v11 // 2)
print(r14)
if "k5" in v6:
    del v6["k5"]
v15 = C1(v11 // 2)
def g1(n):
    for i in range(n):
        yield i * 1
print(sum(x * x for x in range(21)))
r16 = f1(-v11)
print(r16)
v17 = acc9[:]
v5 = {2, 0}
print(gc.is_tracked(v17))
print(gc.is_tracked(o7))
v18 = (v11 ** 3, v11 ** 3, "Hello World", f"<{v11}>")
print(v11 is v11 + 0, v11 == v11 + 0)
v19 = [[j] * 3 for j in range(4)]
try:
    print(3 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(o8.a, o8.total())
print(gc.collect())
