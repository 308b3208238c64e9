# gen.py 80 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "line\n"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(3):
        acc.append(i)
    return acc
v1 = C1(186)
print(sys.getsizeof(v1))
print(sys.getsizeof(v1))
v2 = 144
v3 = 119
x1 = 1000
x2 = 1000
print(x1 is x2)
r4 = f1(-v3, -v3, 192)
print(r4)
print(gc.is_tracked(v1))
v5 = v2 + 1147729425
try:
    print([1, 2, 3][7])
except Exception as e:
    print(type(e).__name__, e)
v6 = {"k0": "UPPER", "k1": "Hello World", "k2": "line\n", "k3": str(v5), "k4": -56583, "k5": v5 + -48180, "k6": "a-b-c"}
print(sys.getsizeof(v3))
o7 = C2(v3 // 1)
o8 = C2(v2 // 2)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
print(o7.a, o7.total())
r9 = f1(52, v2 % 2, len(v6))
print(r9)
try:
    print(2 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v2))
print(v6.get(1), list(v6.keys())[:3])
del o7
o10 = C1(v5 * -3)
o11 = C1(72)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
print(len(v6))
v6.update({8: 3})
t12 = ()
t13 = id(t12)
del t12
t14 = (30220, "xxxxxxxxxxxxxxxxx", "中文", len(v6))
print(id(t14) == t13)
v15 = 1.5
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
if "k2" in v6:
    del v6["k2"]
v16 = v15 * 1.5
x1 = 256
x2 = 256
print(x1 is x2)
print(v15)
o17 = C2(v5 * -3)
o18 = C2(v2 + 61396)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
print(sys.getrefcount(o8))
v19 = f"<{v3}>"
if "k2" in v6:
    del v6["k2"]
print(len(t14))
print(sys.getsizeof(v15))
print(v6.pop(11, None))
x1 = -6
x2 = -6
print(x1 is x2)
print(gc.collect())
