# gen.py 27 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v11 = bytes(9)
print(gc.is_tracked(v10))
print(sys.getsizeof(v6))
v12 = {96: 2000000000000000000000000000000444}
v13 = "xxxxxxxxxxxxxxx"
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
r14 = f1(100000000000000000000000000000287, 43)
print(r14)
v10.insert(3, -1)
if v10:
    v10[0] = "b"
print(v13)
print(gc.collect())
try:
    print(undefined_name_2)
except Exception as e:
    print(type(e).__name__, e)
v15 = b"a"
try:
    print(9 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v10.insert(0, 50000000000000000000000000000000000000000000000192)
o16 = C1(1030961465)
o17 = C1(-14422)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
def g1(n):
    for i in range(n):
        yield i * 2
if "k3" in v12:
    del v12["k3"]
print(gc.is_tracked(v3))
r18 = f1(40000000000000000000000000000000952, 73)
print(r18)
print(gc.is_tracked(alias7))
print(gc.collect())
