# gen.py 161 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(3):
        acc.append(i)
    return acc
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
o1 = C1(1)
o2 = C1(500000000000000000000000000000000000000000000000000000000926)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1
v3 = b"a"
del o2
print(len(v3))
v4 = (0.0, "tab\t", "snake_case", 72557, 90000000000000000688)
try:
    print(9 // 0)
except Exception as e:
    print(type(e).__name__, e)
alias5 = v4
print(alias5 is v4, id(alias5) == id(v4))
print(type(v4).__name__)
r6 = f1(4000000000000000000000000000000000000000000000128, 47, 58273)
print(r6)
print(v4)
v7 = dict(k0=24169, k1=100000000000000000000000000000000000000000730, k2=63346, k3=1529844329)
v7.update({"k5": 5})
o8 = C1(700000000000000000000000131)
o9 = C1(96)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
r10 = f1(52487, len(v4), 2)
print(r10)
r11 = f1(234, 74267, -95756)
print(r11)
print(gc.is_tracked(alias5))
print(v7.pop("k5", None))
o12 = C1(1174662187)
o13 = C1(194)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
if 1 in v7:
    del v7[1]
v14 = {i: i * i for i in range(1)}
print(sys.getsizeof(v7))
r15 = f1(80000000000000000000000000270, len(v7), 116)
print(r15)
print(o13.a, o13.total())
v16 = C1(22579)
print(sys.getsizeof(alias5))
t17 = [37914, 60, 56616, 347939736, 201, 11939, len(alias5), 70058]
t18 = id(t17)
del t17
t19 = [i * 7 for i in range(6)]
print(id(t19) == t18)
alias20 = alias5
print(alias20 is alias5, id(alias20) == id(alias5))
t21 = [-18845, 2038055461, 82447, 250440162, -3719, 457643827, 5000000000000000979]
t22 = id(t21)
del t21
t23 = [67465395, len(v14), 44, 60000000000000000000000169, 188, 953354044]
print(id(t23) == t22)
v4 = (-81382, 242, 39, "")
t24 = dict(k0=227, k1=-88530, k2=1512303886, k3=100000000000000000000000000000000222, k4=200)
t25 = id(t24)
del t24
t26 = {268: -87150, 43: -26318, 283: -4986, 170: 82890}
print(id(t26) == t25)
print(sys.getsizeof(o12))
acc27 = []
i = 0
while i < 24:
    if i % 3 == 0:
        acc27.append(i)
    i += 1
print(len(acc27), acc27[-3:])
print(sys.getrefcount(o8))
t23.extend(range(1))
v28 = len(acc27)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v28 = v28 // 7
print(gc.collect())
