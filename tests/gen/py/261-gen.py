# gen.py 261 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "xxx"
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
def f1(p0, p1=6):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
def g1(n):
    for i in range(n):
        yield i * 3
acc1 = []
for i in range(3):
    acc1.append([i])
print(len(acc1), acc1[-3:])
print(sys.getsizeof(acc1))
v2 = "a"
print(type(v2).__name__)
del acc1
v3 = v2.strip()
o4 = C1(26910)
o5 = C1(162)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
x1 = 1000
x2 = 1000
print(x1 is x2)
print(sys.getsizeof(v2))
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
del o4
print(sys.getrefcount(o5))
v6 = {i % 3 for i in range(18)}
v6.add(13)
v7 = v2.split()
print(len(gc.get_referents(v7)))
v7.reverse()
if v7:
    v7[0] = repr(v7)
acc8 = []
for i in range(12):
    acc8.append(i * 1000)
print(len(acc8), acc8[-3:])
print(gc.collect())
o9 = C1(100000000000000000000000457)
o10 = C1(-69242)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
v11 = {74: len(v7), 208: 178}
v12 = b"hello"
del acc8
x1 = -6
x2 = -6
print(x1 is x2)
print(len(v11))
v7.reverse()
print(sys.getsizeof(v11))
if "k0" in v11:
    del v11["k0"]
v13 = {"k0": "中文", "k1": len(v7), "k2": "-".join(str(e) for e in v7), "k3": 198, "k4": 2000000000000000000000000000000000000000000000000000000000917, "k5": v3.title(), "k6": "hello"}
print(sys.getsizeof(v12))
print(list(g1(7)))
print(v11.pop(2, None))
print(gc.is_tracked(v11))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
