# gen.py 157 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1=5):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = ""
try:
    print(undefined_name_6)
except Exception as e:
    print(type(e).__name__, e)
acc2 = []
i = 0
while i < 12:
    if i % 2 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
acc3 = []
for i in range(15):
    acc3.append(i)
print(len(acc3), acc3[-3:])
def g1(n):
    for i in range(n):
        yield i * 1
if acc3:
    print(acc3.pop())
print(len(gc.get_referents(acc2)))
print(len(v1))
del acc2[:0]
alias4 = acc3
print(alias4 is acc3, id(alias4) == id(acc3))
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
v5 = dict(k0=3000000000000000000000000000000000000000000000903, k1=130, k2=len(acc3), k3=-4, k4=2000000000000000000000000000336)
print(v5.get("k5"), list(v5.keys())[:3])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(acc3))
print(sys.getsizeof(acc2))
r6 = f1(-8479, len(acc2))
print(r6)
alias7 = acc3
print(alias7 is acc3, id(alias7) == id(acc3))
c8 = make_counter1()
print(c8(), c8(2), c8())
v9 = {192: 108}
print(gc.is_tracked(alias7))
v10 = ()
print(type(v9).__name__)
print(sys.getrefcount(alias7))
del v5
x1 = ()
x2 = ()
print(x1 is x2)
v11 = list(range(5))
print(len(gc.get_referents(v11)))
acc2 = list(range(8))
print(sys.getsizeof(alias4))
o12 = C2(165)
o13 = C2(800000000000000000000000000000000000309)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
print(len(alias7))
t14 = alias4 + [101]
t15 = id(t14)
del t14
t16 = v1.split()
print(id(t16) == t15)
r17 = f1(-57993, -60386)
print(r17)
acc18 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc18.append((i, x))
else:
    acc18.append(None)
print(len(acc18), acc18[-3:])
del t16[:0]
del acc18
r19 = f1(400000000000000000000128, 98121)
print(r19)
alias20 = v10
print(alias20 is v10, id(alias20) == id(v10))
v21 = list(range(3))
print(gc.collect())
