# gen.py 210 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v1 = C1(206)
v2 = 1e10
v3 = ()
v4 = C1(121)
print(sys.getrefcount(v4))
c5 = make_counter1()
print(c5(), c5(9), c5())
print(gc.is_tracked(v1))
t6 = 100.0
t7 = id(t6)
del t6
t8 = 3.141592653589793
print(id(t8) == t7)
print(gc.collect())
v9 = 136
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
o10 = C2(v9 + 74358)
o11 = C2(38266)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
print(type(v2).__name__)
del v4
v12 = C1(160)
o13 = C2(-v9)
o14 = C2(v9 // -4)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
o14 = C2(v9 * 0)
v15 = {"k0": str(v9), "k1": 207, "k2": v9 + 161, "k3": 102602161}
acc16 = []
for i in range(24):
    acc16.append(i * 1000)
print(len(acc16), acc16[-3:])
c17 = make_counter1()
print(c17(), c17(9), c17())
o18 = C1(len(acc16))
o19 = C1(-v9)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
del o18, o19
print(gc.collect())
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v20 = v9 // 7
def make_counter3():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v1))
acc16.reverse()
r21 = f1(v20 ** 2, v20 // 7)
print(r21)
print(sys.getsizeof(v20))
v22 = set()
def g1(n):
    for i in range(n):
        yield i * 5
print(sys.getsizeof(v9))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v23 = {i: i * i for i in range(11)}
print(t8)
del r21
print(sys.getrefcount(v1))
v24 = bytes(3)
v25 = v24 + b"x"
print(gc.collect())
