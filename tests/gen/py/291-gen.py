# gen.py 291 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "hello"
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
v1 = set(range(5))
o2 = C1(161)
o3 = C1(2000000000000000000000000000000205)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
print(sys.getsizeof(v1))
t4 = 0.0
t5 = id(t4)
del t4
t6 = 1.5
print(id(t6) == t5)
v7 = "a"
r8 = f1(87, 202)
print(r8)
o9 = C1(72698)
o10 = C1(134)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
v11 = C2(70000000000000000000000000000000000000000000321)
print(16 in v1)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
t12 = [[j] * 0 for j in range(1)]
t13 = id(t12)
del t12
t14 = [94, 300000000000000000000000000000000000000684, -15666, 31]
print(id(t14) == t13)
r15 = f1(26871, 50000000000000000000000000000000000000000000000000140)
print(r15)
c16 = make_counter1()
print(c16(), c16(3), c16())
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(20 in v1)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def make_counter3():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c17 = make_counter1()
print(c17(), c17(3), c17())
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v7 = "a"
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 1
it18 = g1(2)
print(type(it18).__name__)
print(sys.getsizeof(it18))
for v in it18:
    print(v)
print(sys.getrefcount(v11))
print(len(v1))
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
print(sum(x * x for x in range(16)))
print(sys.getsizeof(v7))
if t14:
    print(t14.pop())
acc19 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc19.append((i, x))
else:
    acc19.append(None)
print(len(acc19), acc19[-3:])
if acc19:
    print(acc19.pop())
o20 = C2(45206)
o21 = C2(14161)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
del o20, o21
print(gc.collect())
print(gc.is_tracked(v11))
v22 = dict(k0=16004, k1=600000000000000000000000000933, k2=72)
print(t6)
print(sys.getsizeof(o10))
print(gc.collect())
