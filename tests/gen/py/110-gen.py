# gen.py 110 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
class C2:
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    for i in range(6):
        acc.append(i)
    return acc
v1 = C1(77601)
v2 = {265: 89346, 79: 62106, 70: 38, 233: 32955}
print(type(v2).__name__)
v3 = ("中文", 100.0)
if "k3" in v2:
    del v2["k3"]
v2[1] = [4, 71, 1263897828, 2000000000000000000000000000000516, 17, 23, 56, 734]
v4 = C2(80000000000000000000000000000000000000000551)
print(type(v4).__name__)
print(sys.getsizeof(v2))
print(gc.is_tracked(v4))
print(sys.getsizeof(v2))
t5 = {i: i * i for i in range(2)}
t6 = id(t5)
del t5
t7 = {i: i * i for i in range(6)}
print(id(t7) == t6)
v8 = set(range(9))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(t7.pop("k4", None))
o9 = C2(28)
o10 = C2(65)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
v11 = 2.5e-3
print(sys.getrefcount(v4))
print(gc.is_tracked(v4))
print(sys.getsizeof(v8))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def g1(n):
    for i in range(n):
        yield i * 5
v8 = {i % 3 for i in range(19)}
v2.update({"k2": 9})
acc12 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(19 in v8)
print(len(t7))
print(v2.get("k1"), list(v2.keys())[:3])
v8.discard(31)
alias13 = v11
print(alias13 is v11, id(alias13) == id(v11))
print(gc.collect())
v14 = dict()
del v11
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v15 = "b"
c16 = make_counter1()
print(c16(), c16(2), c16())
print(gc.collect())
