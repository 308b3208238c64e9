# gen.py 223 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "  pad  "
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "line\n"
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
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = 2.5e-3
v1 = 1e10
def g1(n):
    for i in range(n):
        yield i * 1
x1 = 1000
x2 = 1000
print(x1 is x2)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v2 = {14, 38, 32, 69, 91, 29, 58}
v3 = C1(103)
print(gc.is_tracked(v1))
print(gc.is_tracked(v1))
v4 = dict(k0=124, k1=71)
print(list(g1(8)))
print(type(v2).__name__)
print(16 in v2)
del v4
v5 = v2 - v2
v6 = 1525226599
print(v6 is v6 + 0, v6 == v6 + 0)
v7 = C1(v6 ** 3)
v3 = C2(-v6)
print(v6 is v6 + 0, v6 == v6 + 0)
print(sys.getsizeof(v7))
print(7 in v2)
print(v1)
acc8 = []
i = 0
while i < 25:
    if i % 4 == 0:
        acc8.append(i)
    i += 1
print(len(acc8), acc8[-3:])
o9 = C1(-v6)
o10 = C1(v6 ** 4)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
v11 = "a-b-c"
print(sum(x * x for x in range(4)))
print(sys.getsizeof(v6))
r12 = f1()
print(r12)
v13 = acc8 * 0
o14 = C1(113)
o15 = C1(-v6)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
v13.insert(-2, len(v13))
del acc8[:1]
v16 = set(range(16))
v17 = {i % 1 for i in range(13)}
print(v6 is v6 + 0, v6 == v6 + 0)
del r12
print(gc.collect())
