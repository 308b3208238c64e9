# gen.py 254 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v8 = bytes(4)
r9 = f1(13157)
print(r9)
v10 = "-".join(str(e) for e in v5)
print(sys.getsizeof(v4))
v4 = 0.1
v11 = C2(300000000000000000000000000000000000000000000000579)
print(sys.getsizeof(o7))
acc12 = []
for i in range(15):
    acc12.append({i: i})
print(len(acc12), acc12[-3:])
if v5:
    v5[0] = "-".join(str(e) for e in v5)
try:
    print(3 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(v11))
print(gc.is_tracked(v8))
print(type(o3).__name__)
o13 = C1(len(v10))
o14 = C1(252)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
v15 = set()
print(gc.is_tracked(o3))
v16 = 662.42
v17 = v8 + b"abc"
print(sys.getsizeof(o6))
v18 = v5[:]
print(sys.getsizeof(v4))
del acc12
print(sys.getsizeof(o2))
print(sum(g1(3)), max(g1(1), default=-1))
print(sys.getsizeof(v10))
del v5
v19 = C2(208)
print(gc.collect())
