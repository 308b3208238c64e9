# gen.py 130 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = 3.141592653589793
v2 = set(range(11))
def g1(n):
    for i in range(n):
        yield i * 4
acc3 = []
i = 0
while i < 10:
    if i % 5 == 0:
        acc3.append(i)
    i += 1
print(len(acc3), acc3[-3:])
print(1 in v2)
t4 = {59: 220}
t5 = id(t4)
del t4
t6 = {"k0": "-".join(str(e) for e in acc3), "k1": -16248, "k2": repr(acc3)}
print(id(t6) == t5)
print(sys.getrefcount(t6))
print(type(v2).__name__)
v7 = {97: 149, 0: 1000000000000000000634, 195: 800000000000000000000000000000000000000000000000000092, 278: -6944, 212: len(acc3), 165: 107}
print(gc.is_tracked(acc3))
print(acc3)
print(len(v2))
print(type(acc3).__name__)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sum(g1(6)), max(g1(2), default=-1))
acc8 = []
i = 0
while i < 3:
    if i % 4 == 0:
        acc8.append(i)
    i += 1
print(len(acc8), acc8[-3:])
print(list(g1(3)))
def g2(n):
    for i in range(n):
        yield i * 1
v9 = C2(76598)
print(sys.getrefcount(acc8))
print(sorted(v2))
print(gc.is_tracked(acc8))
r10 = f1(240103952)
print(r10)
acc8 = acc8[:]
print(sys.getsizeof(v2))
r11 = f1(-61472)
print(r11)
v12 = {i: i * i for i in range(0)}
print(sys.getsizeof(acc8))
v7[1] = 31
alias13 = t6
print(alias13 is t6, id(alias13) == id(t6))
print(len(v2))
t14 = list(range(4))
t15 = id(t14)
del t14
t16 = [[j] * 3 for j in range(2)]
print(id(t16) == t15)
v12[5] = 70
if 3 in v7:
    del v7[3]
v9 = C1(-91909)
acc3.insert(2, -92191)
del v2
print(gc.collect())
