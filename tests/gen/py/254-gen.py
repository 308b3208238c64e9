# gen.py 254 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "snake_case"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    for i in range(1):
        acc.append(i)
    return acc
def g1(n):
    for i in range(n):
        yield i * 5
v1 = {178: -15338}
print(sys.getsizeof(v1))
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
o2 = C1(-69085)
o3 = C1(-3)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
print(v1.get(8), list(v1.keys())[:3])
del v1
v4 = 100.0
v5 = [176, 6000000000000000870, 77337, 2000000000000000000000084, 38, 60000000000000000000000000509, 35363, 140]
o6 = C2(90000000000000000929)
o7 = C2(86)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
v5.insert(0, -87838)
o2 = C1(50000000000000000000000378)
v8 = "-".join(str(e) for e in v5)
print(sys.getrefcount(o6))
print(sys.getsizeof(v8))
v4 = 0.1
v9 = (256,)
print(sys.getsizeof(o7))
acc10 = []
for i in range(15):
    acc10.append({i: i})
print(len(acc10), acc10[-3:])
if v5:
    v5[0] = "-".join(str(e) for e in v5)
try:
    print(3 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getrefcount(acc10))
print(gc.is_tracked(v8))
print(type(o3).__name__)
o11 = C1(len(acc10))
o12 = C1(252)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
v13 = set()
print(gc.is_tracked(o3))
v14 = 662.42
o3 = C1(-34771)
print(len(v5))
v15 = (1010, 145, v8.replace("l", "L"))
acc10.extend(range(6))
print(sys.getsizeof(v4))
v13.discard(15)
acc10.extend(range(4))
v16 = ("€", "a", 2.5e-3, v4 * 1e10, v8[0:5])
del acc10[:3]
print(gc.collect())
