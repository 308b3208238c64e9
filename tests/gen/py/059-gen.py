# gen.py 59 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1, p2=4):
    acc = [p0, p1, p2]
    for i in range(5):
        acc.append(i)
    return acc
o1 = C1(-63821)
o2 = C1(1455605538)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
print(o1.a, o1.total())
v3 = 11807
v4 = float(v3)
print(gc.collect())
v5 = "€"
t6 = "  pad  "
t7 = id(t6)
del t6
t8 = repr(v4)
print(id(t8) == t7)
t8 = v5.replace("l", "L")
print(sys.getsizeof(v5))
acc9 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
if acc9:
    print(acc9.pop())
v10 = {182: v3 + 1952256227, 18: v3 ** 2, 194: v3 // 3, 145: -v3, 31: v3 * 1}
v11 = C1(505419019)
if "k0" in v10:
    del v10["k0"]
acc9.extend(range(9))
v10 = {"k0": v3 + -1, "k1": v3 // 3, "k2": v3 // 1, "k3": 1317617378}
print(sys.getrefcount(v10))
v5 = "Hello World"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc12 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
acc13 = []
for i, x in enumerate(range(5, 12)):
    if i > 2:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
print(gc.is_tracked(v3))
v14 = ()
print(sys.getsizeof(v4))
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 2
print(v10.get(0), list(v10.keys())[:3])
print(gc.is_tracked(acc9))
c15 = make_counter1()
print(c15(), c15(1), c15())
print(sys.getsizeof(v5))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getrefcount(o2))
print(v10)
print(gc.is_tracked(o2))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v11))
c16 = make_counter1()
print(c16(), c16(8), c16())
v17 = dict()
r18 = f1(900000000000000000000000000000000000000000000000000494, 62318, v3 ** 4)
print(r18)
print(gc.collect())
