# gen.py 41 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1():
    acc = []
    acc = tuple(acc)
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = C1(-22212)
o2 = C1(141760658)
o3 = C1(96572)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
v4 = C1(68)
print(sys.getsizeof(v1))
v5 = [-7779, 49, -3075, 6, 34, -56049, 2, 23368, 50]
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 1
o6 = C2(107)
o7 = C2(-96387)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
acc8 = []
i = 0
while i < 25:
    if i % 2 == 0:
        acc8.append(i)
    i += 1
print(len(acc8), acc8[-3:])
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(type(acc8).__name__)
print(gc.is_tracked(o6))
del acc8[:2]
r9 = f1()
print(r9)
print(type(o7).__name__)
print(type(v1).__name__)
print(gc.is_tracked(o6))
print(type(v1).__name__)
t10 = ()
t11 = id(t10)
del t10
t12 = tuple(acc8)
print(id(t12) == t11)
c13 = make_counter2()
print(c13(), c13(4), c13())
del acc8[:2]
v14 = "tab\t"
print(gc.is_tracked(t12))
v15 = 1511902345
if acc8:
    print(acc8.pop())
v16 = (float(v15), v14.replace("l", "L"))
o17 = C2(237)
o18 = C2(v15 * 0)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
v19 = v15 ** 5
v5.insert(-2, v15 // -4)
print(v15 is v15 + 0, v15 == v15 + 0)
print(list(g1(3)))
print(v16)
t20 = {i: i * i for i in range(8)}
t21 = id(t20)
del t20
t22 = {}
print(id(t22) == t21)
t23 = v5[:]
t24 = id(t23)
del t23
t25 = v5 * 0
print(id(t25) == t24)
c26 = make_counter2()
print(c26(), c26(1), c26())
try:
    print(2 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
if v5:
    v5[0] = "b"
print(gc.collect())
