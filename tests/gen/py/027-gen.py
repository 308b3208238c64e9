# gen.py 27 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "spam eggs"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1=6):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = 858.54
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r2 = f1(500000000000000000000000627, 976982465)
print(r2)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v3 = 0.0
alias4 = v1
print(alias4 is v1, id(alias4) == id(v1))
r5 = f1(100000000000000000000000000998, 30000000000000000000000000000000000000911)
print(r5)
v6 = ("xxxxxxxxxxxxxxxxxx", f"<{alias4}>", 82, 2000000000000000000000000000000000000346, 83613)
alias7 = alias4
print(alias7 is alias4, id(alias7) == id(alias4))
r8 = f1(len(v6), -28647)
print(r8)
alias9 = v1
print(alias9 is v1, id(alias9) == id(v1))
print(gc.collect())
v10 = [211, 100000000000000000000000000917, 92, -25398, 171, 27, 30761, 2051012829, 183]
v11 = C1(len(v10))
acc12 = []
i = 0
while i < 25:
    if i % 3 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
t13 = "b"
t14 = id(t13)
del t13
t15 = str(alias7)
print(id(t15) == t14)
acc12.append(-11638)
print(gc.is_tracked(alias4))
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
r16 = f1(100000000000000000000000000000287, 43)
print(r16)
v10.insert(3, -1)
if v10:
    v10[0] = "b"
print(t15)
print(gc.collect())
try:
    print(undefined_name_2)
except Exception as e:
    print(type(e).__name__, e)
v17 = C2(152)
del v17
try:
    print(9 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v10.insert(0, 50000000000000000000000000000000000000000000000192)
o18 = C1(1030961465)
o19 = C1(-14422)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
def g1(n):
    for i in range(n):
        yield i * 2
if acc12:
    print(acc12.pop())
acc20 = []
for i in range(8):
    acc20.append(str(i))
print(len(acc20), acc20[-3:])
v11 = C1(40000000000000000000000000000000952)
print(gc.is_tracked(alias7))
print(gc.collect())
