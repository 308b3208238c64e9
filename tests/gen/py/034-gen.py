# gen.py 34 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = ""
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
def f1(p0, p1=8):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = (39,)
v2 = (2.5e-3, 900000000000000000000000000621, 7000000000000000000000000000000254)
v3 = 1.5
print(sys.getsizeof(v1))
v4 = C1(700000000000000000000000000000000000000000000371)
print(type(v2).__name__)
print(sys.getsizeof(v3))
v1 = ("-".join(str(e) for e in v2), repr(v1), -53939, -45070, "tab\t", 100.0)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v2))
print(sys.getsizeof(v3))
v3 = -2.25
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
o5 = C2(-60891)
o6 = C2(69)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
v7 = (str(v3), 100.0, 100.0, v3 * 1.5, "tab\t")
v8 = {}
if 2 in v8:
    del v8[2]
v9 = 885.77
print(len(gc.get_referents(v7)))
o10 = C1(7000000000000000000000652)
o11 = C1(98556)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
print(v3)
r12 = f1(96, 4000000000000000000703)
print(r12)
v13 = (-2.25, 100.0, 1.5, 177)
acc14 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
del v3
print(v4.a, v4.total())
del v4
try:
    print(6 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(v8)
del acc14[:3]
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v15 = 1.5
print(len(v2))
o16 = C2(10)
o17 = C2(len(v7))
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
print(type(v1).__name__)
del v7
v18 = [-85600, -27878, 39346, 148, 90000000000000000000000000000000000000000000000887, 141145605, 51835, 52, 211]
print(gc.collect())
