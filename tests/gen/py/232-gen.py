# gen.py 232 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    for i in range(2):
        acc.append(i)
    return acc
v1 = {98: 800000000000000000000000000000000000000000000000000000000874, 68: 78552, 123: 22932, 217: -21084, 112: 64, -16: 4, 150: 45}
v2 = (50000000000000000000000744,)
del v2
print(type(v1).__name__)
print(sys.getsizeof(v1))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v3 = "€"
r4 = f1(157)
print(r4)
print(v3)
print(len(v3))
print(type(v1).__name__)
v5 = C2(74818)
if 9 in v1:
    del v1[9]
v6 = 3
print(type(v1).__name__)
print(sys.getrefcount(v5))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(type(v6).__name__)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v5.a, v5.total())
o7 = C1(-v6)
o8 = C1(v6 // 2)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
del o7, o8
print(gc.collect())
alias9 = v6
print(alias9 is v6, id(alias9) == id(v6))
c10 = make_counter1()
print(c10(), c10(6), c10())
print(gc.collect())
v11 = set(range(14))
print(19 in v11)
acc12 = []
i = 0
while i < 19:
    if i % 2 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
v3 = v3[2:3]
try:
    print(4 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(type(v3).__name__)
v13 = C1(v6 ** 2)
r14 = f1(-alias9)
print(r14)
o15 = C2(alias9 // 1)
o16 = C2(1079372139)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del r4
acc12.extend(range(4))
o17 = C1(99259)
o18 = C1(alias9 + 2129179624)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
print(gc.is_tracked(alias9))
alias19 = v6
print(alias19 is v6, id(alias19) == id(v6))
print(sys.getsizeof(v13))
print(gc.collect())
