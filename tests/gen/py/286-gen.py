# gen.py 286 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = "UPPER"
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
    acc = {str(i): i for i in acc}
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = {"k0": 74076, "k1": 250, "k2": 210, "k3": 249, "k4": "abc123", "k5": "ü", "k6": -92018}
print(gc.collect())
v2 = {"k0": 245}
r3 = f1(73430)
print(r3)
print(sys.getsizeof(v1))
v4 = 1.5
v5 = [[j] * 0 for j in range(1)]
acc6 = []
for i in range(10):
    acc6.append([i])
print(len(acc6), acc6[-3:])
print(sys.getrefcount(acc6))
v7 = 16.75
print(len(v2))
r8 = f1(80000000000000000000000000000000102)
print(r8)
print(v1)
print(gc.is_tracked(v7))
acc9 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
if acc9:
    acc9[0] = ""
t10 = "a"
t11 = id(t10)
del t10
t12 = str(v4)
print(id(t12) == t11)
c13 = make_counter1()
print(c13(), c13(9), c13())
v14 = {30, 8, 99, 69, 7, 64, 60}
r15 = f1(46674)
print(r15)
del v14
if v5:
    v5[0] = "a-b-c"
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v16 = b"\x00\xff"
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
t17 = acc6 * 3
t18 = id(t17)
del t17
t19 = [i * 3 for i in range(0)]
print(id(t19) == t18)
acc6.insert(3, 521983764)
r20 = f1(1950331908)
print(r20)
if acc9:
    print(acc9.pop())
del r20
del acc6[:2]
c21 = make_counter1()
print(c21(), c21(4), c21())
r22 = f1(168)
print(r22)
del acc9[:2]
try:
    print(undefined_name_6)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(4 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v23 = tuple(t19)
print(v5)
print(gc.collect())
