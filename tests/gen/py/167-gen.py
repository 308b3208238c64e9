# gen.py 167 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "UPPER"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1():
    acc = []
    for i in range(3):
        acc.append(i)
    return acc
o1 = C1(53)
o2 = C1(149)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
acc3 = []
for i, x in enumerate([3, 1, 2]):
    if i > 2:
        break
    acc3.append((i, x))
else:
    acc3.append(None)
print(len(acc3), acc3[-3:])
print(o1.a, o1.total())
v4 = 1.5
v5 = {"k0": -2623, "k1": -40250, "k2": 91}
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v6 = {46, 28, 53, 26}
acc3.reverse()
acc3 = []
del acc3
print(sys.getsizeof(v6))
def g1(n):
    for i in range(n):
        yield i * 2
v7 = {101: -92959, 161: 9, 53: 121}
print(sys.getsizeof(o1))
c8 = make_counter1()
print(c8(), c8(9), c8())
print(sys.getsizeof(v4))
v9 = list(range(2))
alias10 = o1
print(alias10 is o1, id(alias10) == id(o1))
del v7
r11 = f1()
print(r11)
alias12 = o2
print(alias12 is o2, id(alias12) == id(o2))
v13 = {"k0": -36000, "k1": str(v4), "k2": -12842, "k3": len(v9), "k4": "-".join(str(e) for e in v9), "k5": "spam eggs", "k6": 100000000000000000000000000000000000462}
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(gc.is_tracked(v6))
v14 = 0.1
print(v13.get(7), list(v13.keys())[:3])
print(sys.getrefcount(v5))
v15 = "abc123"
def g2(n):
    for i in range(n):
        yield i * 5
c16 = make_counter1()
print(c16(), c16(6), c16())
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v5.pop("k2", None))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(o2.a, o2.total())
print(gc.is_tracked(v15))
t17 = {25: -79827, 96: 100, 231: -31593, 106: len(v13), 135: -96093, 228: 112}
t18 = id(t17)
del t17
t19 = dict()
print(id(t19) == t18)
o20 = C1(7000000000000000000000000000000000000000000000000000000000786)
o21 = C1(90)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
v22 = dict(k0=len(v15), k1=197)
del v4
print(gc.collect())
