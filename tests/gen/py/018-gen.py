# gen.py 18 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1, p2=3):
    acc = [p0, p1, p2]
    return acc
def g1(n):
    for i in range(n):
        yield i * 4
r1 = f1(90943, 3000000000000000000000000000000173, 182)
print(r1)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del r1
try:
    print(5 // 0)
except Exception as e:
    print(type(e).__name__, e)
v2 = set()
print(18 in v2)
x1 = "abc"
x2 = "abc"
print(x1 is x2)
alias3 = v2
print(alias3 is v2, id(alias3) == id(v2))
del v2
del alias3
print(sum(g1(6)), max(g1(3), default=-1))
print(gc.collect())
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
v4 = C1(245)
def g2(n):
    for i in range(n):
        yield i * 3
print(sys.getrefcount(v4))
alias5 = v4
print(alias5 is v4, id(alias5) == id(v4))
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
v6 = set()
v7 = (-95970, 1000000000000000000000000000000000000000000000000000433, 1831326031, 900000000000000000000000000000000000000000000561)
o8 = C1(-63123)
o9 = C1(110)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
print(sys.getrefcount(v6))
print(list(g1(5)))
t10 = {}
t11 = id(t10)
del t10
t12 = dict(k0=148, k1=1605813247, k2=43314, k3=len(v7), k4=-91883)
print(id(t12) == t11)
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
acc13 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
print(len(v7))
v14 = acc13 + [2000000000000000000000774]
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
print(gc.collect())
