# gen.py 85 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0=5):
    acc = [p0]
    acc = tuple(acc)
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = C1(1849828619)
c2 = make_counter1()
print(c2(), c2(8), c2())
o3 = C1(107)
o4 = C1(90387)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
del o3, o4
print(gc.collect())
print(sys.getsizeof(v1))
t5 = -2.25
t6 = id(t5)
del t5
t7 = 268.13
print(id(t7) == t6)
print(sys.getsizeof(v1))
acc8 = []
for i in range(17):
    acc8.append(str(i))
print(len(acc8), acc8[-3:])
print(type(t7).__name__)
print(sys.getsizeof(v1))
r9 = f1(132)
print(r9)
acc8.extend(range(0))
if acc8:
    acc8[0] = repr(t7)
v10 = (500000000000000000407,)
v11 = C1(1859663868)
acc8.extend(range(6))
o12 = C1(len(acc8))
o13 = C1(len(v10))
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
acc8.extend(range(7))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(type(t7).__name__)
del v11
print(acc8)
print(type(o12).__name__)
print(len(gc.get_referents(v1)))
v14 = 1768111460
v15 = v14 ** 4
del v1
v14 = v14 * 1
print(type(o12).__name__)
v16 = dict()
print(len(acc8))
print(acc8)
acc8.append(14515)
acc8 = [[j] * 1 for j in range(0)]
acc8.reverse()
v17 = 243.84
t18 = float(v14)
t19 = id(t18)
del t18
t20 = v15 / 3
print(id(t20) == t19)
print(v16.get(4), list(v16.keys())[:3])
acc21 = []
i = 0
while i < 4:
    if i % 3 == 0:
        acc21.append(i)
    i += 1
print(len(acc21), acc21[-3:])
print(gc.collect())
