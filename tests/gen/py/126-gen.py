# gen.py 126 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = C1(30000000000000000000000000000000000000205)
v2 = -36825
v3 = float(v2)
print(sys.getsizeof(v2))
print(v2)
print(type(v2).__name__)
v4 = ""
try:
    print(2 // 0)
except Exception as e:
    print(type(e).__name__, e)
del v4
v5 = C1(v2 + 93177)
v6 = C1(319964518)
v7 = ()
del v3
v8 = {"k0": -52508, "k1": 166, "k2": "spam eggs", "k3": "abc123", "k4": 47, "k5": len(v7), "k6": v2 % 10}
v9 = v2 % 5
print(v8.get(3), list(v8.keys())[:3])
acc10 = []
for i in range(22):
    acc10.append(i)
print(len(acc10), acc10[-3:])
v11 = {106: v9 * 0, 75: v9 + -39965, 248: v9 + 68, 189: v2 % 2, 118: v2 % 10, 282: len(v7)}
v12 = {i: i * i for i in range(1)}
acc13 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
alias14 = acc10
print(alias14 is acc10, id(alias14) == id(acc10))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
r15 = f1(-v2, 60000000000000000000000000000000000000000000842, v9 // -4)
print(r15)
acc16 = []
for i in range(15):
    acc16.append((i, i))
print(len(acc16), acc16[-3:])
o17 = C1(v2 ** 3)
o18 = C1(-v2)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
v19 = {"k0": v2 * 1, "k1": "-".join(str(e) for e in alias14), "k2": v2 % 10, "k3": len(v12), "k4": v9 ** 4, "k5": v2 + -3, "k6": len(v12)}
del v6
alias20 = v7
print(alias20 is v7, id(alias20) == id(v7))
print(v2 is v2 + 0, v2 == v2 + 0)
print(sys.getsizeof(acc16))
print(gc.is_tracked(v7))
v21 = C1(v2 // 1)
def g1(n):
    for i in range(n):
        yield i * 4
r22 = f1(8000000000000000000000000000000000577, -v2, v2 + 182)
print(r22)
print(v8)
print(gc.collect())
print(gc.collect())
