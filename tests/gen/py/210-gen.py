# gen.py 210 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
class C2:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1=2):
    acc = [p0, p1]
    for i in range(4):
        acc.append(i)
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = 133.83
v2 = 2.5e-3
v3 = ()
v4 = ()
print(sys.getsizeof(v2))
del v4
print(len(v3))
def g1(n):
    for i in range(n):
        yield i * 5
print(gc.is_tracked(v1))
v5 = {"k0": "a", "k1": 16}
v6 = (0.0, "line\n", 76, 70000000000000000000000633, v2 * 100.0, 2.5e-3)
print(v5.pop("k4", None))
acc7 = []
for i in range(3):
    acc7.append([i])
print(len(acc7), acc7[-3:])
if acc7:
    print(acc7.pop())
acc8 = []
i = 0
while i < 23:
    if i % 3 == 0:
        acc8.append(i)
    i += 1
print(len(acc8), acc8[-3:])
print(gc.collect())
acc9 = []
for i in range(14):
    acc9.append((i, i))
print(len(acc9), acc9[-3:])
v10 = v1 * 333.25
c11 = make_counter1()
print(c11(), c11(3), c11())
acc12 = []
for i in range(24):
    acc12.append(i * 1000)
print(len(acc12), acc12[-3:])
c13 = make_counter1()
print(c13(), c13(9), c13())
o14 = C1(-94306)
o15 = C1(10000000000000000000000041)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
v16 = set()
print(sys.getsizeof(v1))
acc8.reverse()
r17 = f1(-8376, -32312)
print(r17)
v18 = {34, 49, 84, 59}
v19 = {i: i * i for i in range(11)}
print(v5)
del acc12
print(gc.is_tracked(v1))
v20 = C1(16215)
del v2
v18 = {60, 96, 8, 44, 48}
alias21 = v20
print(alias21 is v20, id(alias21) == id(v20))
acc8.extend(range(9))
print(gc.collect())
