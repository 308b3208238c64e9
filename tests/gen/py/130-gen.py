# gen.py 130 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v1 = C1(178)
v2 = dict(k0=-44869, k1=10844, k2=90000000000000000000000000000000000000000000000000651, k3=3000000000000000000000000000000000000000000000000000000875, k4=74)
v3 = b"hello"
acc4 = []
i = 0
while i < 2:
    if i % 3 == 0:
        acc4.append(i)
    i += 1
print(len(acc4), acc4[-3:])
v5 = {}
print(v2.get("k2"), list(v2.keys())[:3])
print(type(v2).__name__)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
o6 = C1(149)
o7 = C1(66024)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
o8 = C2(800000000000000000000000000000000000000000000000000092)
o9 = C2(-6944)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
print(sys.getsizeof(v3))
print(type(v5).__name__)
print(v2.pop(2, None))
v10 = set()
print(len(v3))
print(sys.getrefcount(v10))
alias11 = v2
print(alias11 is v2, id(alias11) == id(v2))
print(sys.getrefcount(alias11))
acc12 = []
i = 0
while i < 9:
    if i % 2 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
r13 = f1(len(acc4))
print(r13)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v14 = list(range(1))
r15 = f1(36257)
print(r15)
print(sys.getrefcount(v2))
print(gc.is_tracked(acc12))
alias11.update({"k1": 0})
print(type(acc12).__name__)
print(len(v5))
v16 = v3[1:]
r17 = f1(44033)
print(r17)
v18 = ""
v19 = dict()
alias20 = acc4
print(alias20 is acc4, id(alias20) == id(acc4))
print(len(v2))
t21 = list(range(4))
t22 = id(t21)
del t21
t23 = [[j] * 2 for j in range(4)]
print(id(t23) == t22)
acc12.append(-20820)
v24 = C2(155)
print(v5)
print(gc.collect())
