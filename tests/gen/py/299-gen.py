# gen.py 299 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "abc123"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    for i in range(5):
        acc.append(i)
    return acc
v1 = {"k0": "  pad  ", "k1": "hello", "k2": "Hello World", "k3": 127, "k4": "café"}
acc2 = []
for i in range(1):
    acc2.append(str(i))
print(len(acc2), acc2[-3:])
print(sys.getrefcount(v1))
x1 = 1000
x2 = 1000
print(x1 is x2)
o3 = C1(53150)
o4 = C1(10000000000000000000000000000000000000000000000307)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
del o3, o4
print(gc.collect())
v5 = dict(k0=861124907)
v6 = ["ü", len(acc2), 0.1, 100.0, 0.0, 9]
del v5
v6.reverse()
print(sys.getsizeof(v1))
del acc2
v7 = {136: -22724, -2: 248, 168: 214, -5: 92, 147: -88471, 197: -60253, 189: 300000000000000000000000000000000000860}
v8 = v6 * 2
v9 = "spam eggs"
r10 = f1()
print(r10)
v11 = -2.25
v8 = [v9 * 3, 2.5e-3]
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v12 = C2(20000000000000000000000000312)
print(sys.getsizeof(v6))
print(sys.getsizeof(v7))
acc13 = []
for i in range(4):
    acc13.append([i])
print(len(acc13), acc13[-3:])
print(sys.getrefcount(acc13))
def g1(n):
    for i in range(n):
        yield i * 5
v14 = C1(-8676)
print(len(v8))
if "k6" in v7:
    del v7["k6"]
v9 = v9.swapcase()
acc15 = []
i = 0
while i < 17:
    if i % 4 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
acc13.append(v9.replace("l", "L"))
v16 = (v11 * 1.5, len(v9), 217, 4000000000000000000000000000000000000000000000439, 20000000000000000000000000000000000000000000000000000000487)
print(v1.get("k5"), list(v1.keys())[:3])
v12 = C2(224)
v17 = b"\x00\xff"
c18 = make_counter1()
print(c18(), c18(5), c18())
print(sys.getsizeof(v7))
print(gc.collect())
