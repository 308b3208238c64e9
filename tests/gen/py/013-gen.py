# gen.py 13 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = 1e10
v2 = 38
print(sys.getsizeof(v2))
v3 = (7000000000000000000000000000000000000000000000000000000000372,)
def g1(n):
    for i in range(n):
        yield i * 3
def g2(n):
    for i in range(n):
        yield i * 5
print(sum(g2(7)), max(g2(3), default=-1))
t4 = dict(k0=-v2, k1=len(v3))
t5 = id(t4)
del t4
t6 = {"k0": repr(v1), "k1": "  pad  ", "k2": v2 + 67, "k3": "ü", "k4": str(v2)}
print(id(t6) == t5)
t7 = 0.0
t8 = id(t7)
del t7
t9 = 3.141592653589793
print(id(t9) == t8)
print(t9)
print(v2)
acc10 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc10.append((i, x))
else:
    acc10.append(None)
print(len(acc10), acc10[-3:])
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
t6.update({2: 1})
acc11 = []
i = 0
while i < 9:
    if i % 2 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
del acc10
t6["k2"] = repr(v2)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v3)
print(t6.pop("k2", None))
print(sys.getsizeof(t6))
print(type(v3).__name__)
print(len(gc.get_referents(t6)))
print(len(acc11))
acc12 = []
i = 0
while i < 1:
    if i % 5 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
r13 = f1(v2 + 17591121)
print(r13)
print(sum(x * x for x in range(15)))
print(v2 is v2 + 0, v2 == v2 + 0)
print(sys.getsizeof(t9))
v14 = "spam eggs"
o15 = C2(v2 + 17070)
o16 = C2(700000000000000000359)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
v17 = v2 // -4
acc12 = [i * 6 for i in range(7)]
print(type(v1).__name__)
c18 = make_counter1()
print(c18(), c18(9), c18())
r19 = f1(v17 + 10000000000000000000000628)
print(r19)
v20 = C2(len(t6))
print(t9)
t6["k1"] = v17 * 2
print(list(g2(1)))
print(gc.collect())
