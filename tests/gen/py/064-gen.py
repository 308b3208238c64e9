# gen.py 64 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
try:
    print(undefined_name_2)
except Exception as e:
    print(type(e).__name__, e)
v1 = {i % 4 for i in range(23)}
v1.add(11)
v2 = 95
v3 = b"a"
v4 = C2(-98216)
t5 = [v2 % 2, v2 % 5]
t6 = id(t5)
del t5
t7 = list(range(11))
print(id(t7) == t6)
print(type(v1).__name__)
print(gc.is_tracked(v2))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(type(v2).__name__)
o8 = C2(-93175)
o9 = C2(len(t7))
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
print(type(v1).__name__)
v10 = 2.5e-3
print(sys.getsizeof(o9))
v11 = v3 + b""
x1 = -6
x2 = -6
print(x1 is x2)
x1 = 256
x2 = 256
print(x1 is x2)
if t7:
    print(t7.pop())
v12 = {"k0": v2 // 7, "k1": -74157, "k2": len(t7), "k3": -v2, "k4": -97336, "k5": 20000000000000000907}
o13 = C1(v2 ** 2)
o14 = C1(v2 // -4)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
print(sys.getrefcount(o8))
v15 = ["abc123"]
acc16 = []
for i in range(24):
    acc16.append((i, i))
print(len(acc16), acc16[-3:])
v17 = {"k0": f"<{v2}>", "k1": -v2, "k2": repr(v2), "k3": -v2, "k4": "line\n"}
print(len(v17))
v1 = {i % 9 for i in range(11)}
if v15:
    print(v15.pop())
print(5 in v1)
del v3
r18 = f1(900000000000000000000000000000000000000000000000000151, 800000000000000000000000000000000000000000000025)
print(r18)
v15.reverse()
print(sys.getsizeof(v12))
v19 = str(v2)
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v19))
v20 = 114
print(gc.is_tracked(v11))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
t21 = [i * 1 for i in range(9)]
t22 = id(t21)
del t21
t23 = v19.split()
print(id(t23) == t22)
print(gc.collect())
