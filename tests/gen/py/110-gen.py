# gen.py 110 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    for i in range(6):
        acc.append(i)
    return acc
v1 = b"\x00\xff"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(len(v1))
v2 = {265: 89346, 79: 62106, 70: 38, 233: 32955}
print(type(v2).__name__)
v3 = ("中文", 100.0)
if "k3" in v2:
    del v2["k3"]
v2[1] = [4, 71, 1263897828, 2000000000000000000000000000000516, 17, 23, 56, 734]
v1 = v1[1:]
print(v2.get("k1"), list(v2.keys())[:3])
t4 = "café"
t5 = id(t4)
del t4
t6 = "-".join(str(e) for e in v3)
print(id(t6) == t5)
r7 = f1(85, 202)
print(r7)
v8 = C2(-93046)
print(sys.getsizeof(t6))
print(type(v8).__name__)
o9 = C2(28)
o10 = C2(65)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
v11 = 2.5e-3
print(sys.getsizeof(t6))
print(gc.is_tracked(t6))
print(gc.is_tracked(v11))
c12 = make_counter1()
print(c12(), c12(7), c12())
print(v2.pop("k4", None))
v2.update({"k2": 9})
acc13 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
x1 = 2.5
x2 = 2.5
print(x1 is x2)
del acc13[:2]
print(sys.getsizeof(v3))
v14 = bytes(12)
print(sys.getsizeof(v14))
v15 = {7}
v16 = [t6 + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 1.5, "  pad  "]
r17 = f1(126, 8000000000000000000000000000000000000000000000000594)
print(r17)
v8 = C1(100000000000000000299)
print(len(v15))
v18 = v15 - v15
acc19 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc19.append((i, x))
else:
    acc19.append(None)
print(len(acc19), acc19[-3:])
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v3))
print(gc.collect())
