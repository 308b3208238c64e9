# gen.py 129 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0=8):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = (1965296498, -10384, 0.0)
print(type(v1).__name__)
del v1
o2 = C2(155)
o3 = C2(200000000000000000000000000000000000000000000000722)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 5
v4 = (-2.25, 3.141592653589793, 103, "tab\t")
o5 = C2(-5)
o6 = C2(51697)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v4))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v4))
v7 = ("tab\t", 40000000000000000000000000000000000119, 1.5)
del v4
o8 = C2(73869)
o9 = C2(209)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
it10 = g1(5)
print(type(it10).__name__)
print(sys.getsizeof(it10))
for v in it10:
    print(v)
print(gc.is_tracked(v7))
r11 = f1(68728)
print(r11)
it12 = g1(5)
print(type(it12).__name__)
print(sys.getsizeof(it12))
for v in it12:
    print(v)
acc13 = []
for i in range(19):
    acc13.append(i)
print(len(acc13), acc13[-3:])
if acc13:
    acc13[0] = "a"
del r11
acc13.append("ü")
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v14 = {262: 12655}
print(len(acc13))
t15 = ("snake_case", "line\n", 1.5)
t16 = id(t15)
del t15
t17 = ()
print(id(t17) == t16)
print(sys.getsizeof(v14))
acc13.insert(3, 26667)
print(gc.is_tracked(v14))
r18 = f1(-12086)
print(r18)
alias19 = v7
print(alias19 is v7, id(alias19) == id(v7))
v20 = C2(9000000000000000000000000000000000000000000000000000542)
v14["k4"] = [[j] * 2 for j in range(1)]
alias21 = v7
print(alias21 is v7, id(alias21) == id(v7))
v14["k3"] = "-".join(str(e) for e in alias21)
print(gc.collect())
