# gen.py 298 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    return acc
r1 = f1(100000000000000000000000000000000313, 3)
print(r1)
del r1
x1 = 1000
x2 = 1000
print(x1 is x2)
v2 = 769157617
o3 = C1(185)
o4 = C1(v2 ** 3)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
print(gc.is_tracked(o3))
print(v2)
v5 = v2 ** 4
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v6 = bytes(0)
print(type(v5).__name__)
v7 = 1000000000000000002
print(v2 is v2 + 0, v2 == v2 + 0)
r8 = f1(v7 ** 5, -v5)
print(r8)
acc9 = []
for i in range(24):
    acc9.append(str(i))
print(len(acc9), acc9[-3:])
v10 = v7 // 2
print(gc.is_tracked(v6))
del r8
print(sys.getsizeof(v5))
print(v7 is v7 + 0, v7 == v7 + 0)
o4 = C1(len(acc9))
v11 = 1e10
del acc9
print(sys.getrefcount(o4))
v12 = {i: i * i for i in range(10)}
print(len(v6))
v12["k0"] = "UPPER"
if "k3" in v12:
    del v12["k3"]
print(type(v10).__name__)
print(type(v7).__name__)
del v11
print(sys.getsizeof(o3))
print(v12.pop(3, None))
print(v7 is v7 + 0, v7 == v7 + 0)
v12[3] = str(v5)
try:
    print(undefined_name_6)
except Exception as e:
    print(type(e).__name__, e)
v13 = v6[1:]
acc14 = []
for i, x in enumerate(range(5, 12)):
    if i > 2:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
print(gc.collect())
