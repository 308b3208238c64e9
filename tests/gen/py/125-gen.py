# gen.py 125 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = ""
def g1(n):
    for i in range(n):
        yield i * 2
del v1
def g2(n):
    for i in range(n):
        yield i * 3
v2 = 1843191521
print(v2)
acc3 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc3.append((i, x))
else:
    acc3.append(None)
print(len(acc3), acc3[-3:])
r4 = f1(v2 % 2, v2 ** 3)
print(r4)
v5 = {89, 37, 78, 57}
print(14 in v5)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
v6 = 0.1
print(sys.getsizeof(v6))
print(list(g2(8)))
print(sys.getrefcount(v5))
v5.add(7)
print(type(acc3).__name__)
v7 = C1(-v2)
print(sys.getsizeof(v7))
o8 = C1(v2 ** 3)
o9 = C1(90000000000000000000000000000000000000000000000000819)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
if acc3:
    acc3[0] = "b"
x1 = -6
x2 = -6
print(x1 is x2)
acc3.insert(1, v2 + 2095139512)
v5.discard(34)
acc10 = []
for i in range(16):
    acc10.append(i)
print(len(acc10), acc10[-3:])
acc11 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc11.append((i, x))
else:
    acc11.append(None)
print(len(acc11), acc11[-3:])
try:
    print(8 // 0)
except Exception as e:
    print(type(e).__name__, e)
v12 = len(acc10)
r13 = f1(v12 % 2, v12 % 2)
print(r13)
print(type(v12).__name__)
print(type(acc11).__name__)
del acc11
print(gc.collect())
