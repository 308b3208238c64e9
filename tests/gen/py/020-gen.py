# gen.py 20 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
v1 = {i % 2 for i in range(3)}
del v1
acc2 = []
for i in range(6):
    acc2.append([i])
print(len(acc2), acc2[-3:])
def g1(n):
    for i in range(n):
        yield i * 3
acc2.append("-".join(str(e) for e in acc2))
print(acc2)
print(acc2)
print(sys.getrefcount(acc2))
print(sys.getrefcount(acc2))
print(sys.getsizeof(acc2))
v3 = len(acc2)
print(acc2)
v4 = (135,)
acc5 = []
for i in range(5):
    acc5.append((i, i))
print(len(acc5), acc5[-3:])
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
v6 = {9, 72, 1, 61}
print(v3)
v4 = (79,)
x1 = -6
x2 = -6
print(x1 is x2)
print(gc.collect())
v7 = {}
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v7)
acc2 = []
print(sys.getsizeof(v3))
print(sys.getsizeof(acc2))
acc2 = acc2[:]
print(v3 is v3 + 0, v3 == v3 + 0)
r8 = f1()
print(r8)
v9 = str(v3)
v4 = (v3 * -3,)
v6.discard(29)
v10 = 100.0
x1 = 256
x2 = 256
print(x1 is x2)
print(sys.getsizeof(v6))
v11 = v3 % 5
if acc2:
    acc2[0] = v9[0:4]
o12 = C1(v11 ** 4)
o13 = C1(246)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
print(sys.getsizeof(v6))
print(gc.collect())
