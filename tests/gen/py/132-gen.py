# gen.py 132 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
v1 = C1(5000000000000000000000000000818)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getrefcount(v1))
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(sys.getrefcount(v1))
v2 = {26: -9151, 111: 16, 227: 228, 44: 262450685, 142: 10262, 167: 62245}
def g1(n):
    for i in range(n):
        yield i * 2
print(type(v1).__name__)
o3 = C1(1029615936)
o4 = C1(9000000000000000000000000000000000000000189)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
print(sys.getrefcount(o4))
v5 = ""
v2[10] = repr(v2)
v6 = dict(k0=len(v2), k1=1000000000000000000000000000000000000000000000966, k2=2000000000000000000000000000000000000000000000000000000722, k3=126, k4=-52332)
c7 = make_counter1()
print(c7(), c7(6), c7())
try:
    print(6 // 0)
except Exception as e:
    print(type(e).__name__, e)
v8 = bytes(3)
v9 = b""
c10 = make_counter1()
print(c10(), c10(2), c10())
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(v2.pop("k3", None))
v11 = 0.0
v8 = v8[1:]
c12 = make_counter1()
print(c12(), c12(5), c12())
v13 = (repr(v2), v5 + "line\n", 71089, -80479, f"<{v11}>", 67758)
print(sys.getsizeof(o3))
v14 = C2(13058)
o15 = C1(13)
o16 = C1(50000000000000000000000000000000599)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
print(type(v1).__name__)
print(gc.is_tracked(o3))
print(v6.get(10), list(v6.keys())[:3])
print(sum(x * x for x in range(30)))
v2.update({"k6": 5})
acc17 = []
for i in range(24):
    acc17.append(i)
print(len(acc17), acc17[-3:])
print(sys.getsizeof(v1))
v18 = bytes(3)
acc19 = []
for i, x in enumerate(range(5, 12)):
    if i > 2:
        break
    acc19.append((i, x))
else:
    acc19.append(None)
print(len(acc19), acc19[-3:])
print(type(v14).__name__)
v20 = "中文"
o21 = C1(12)
o22 = C1(6000000000000000000000227)
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
del o21, o22
print(gc.collect())
print(gc.collect())
