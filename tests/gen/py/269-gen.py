# gen.py 269 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
v1 = (51632, 8000000000000000000000000000000000000959)
print(type(v1).__name__)
print(type(v1).__name__)
v2 = 0.1
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v1))
print(gc.is_tracked(v2))
def g1(n):
    for i in range(n):
        yield i * 5
t3 = dict(k0=92526099, k1=86368, k2=len(v1))
t4 = id(t3)
del t3
t5 = {"k0": "a-b-c", "k1": 9000000000000000000000108}
print(id(t5) == t4)
r6 = f1()
print(r6)
acc7 = []
i = 0
while i < 10:
    if i % 4 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
t8 = [i * 8 for i in range(12)]
t9 = id(t8)
del t8
t10 = [[j] * 3 for j in range(5)]
print(id(t10) == t9)
t11 = "hello"
t12 = id(t11)
del t11
t13 = "中文"
print(id(t13) == t12)
del t5
print(type(v1).__name__)
v14 = b"hello"
r15 = f1()
print(r15)
print(gc.collect())
print(type(v2).__name__)
v16 = {189: 11761, 26: 76}
print(sys.getrefcount(v16))
print(len(gc.get_referents(acc7)))
print(sum(g1(7)), max(g1(2), default=-1))
v2 = 2.5e-3
print(len(v1))
v17 = C1(-66781)
if t10:
    t10[0] = str(v2)
print(sys.getrefcount(v17))
print(sum(g1(5)), max(g1(0), default=-1))
print(gc.is_tracked(v16))
print(gc.is_tracked(v14))
print(sys.getsizeof(t13))
acc18 = []
i = 0
while i < 9:
    if i % 3 == 0:
        acc18.append(i)
    i += 1
print(len(acc18), acc18[-3:])
o19 = C1(2108598655)
o20 = C1(637749093)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
v21 = {106: 105, 142: 987409702, 203: 54023, 215: -98124, 278: 463012567, 265: 800000000000000000000000000000000000000000000000977, 127: -76028}
o19 = C1(46)
t22 = {-12: len(acc18), 203: 177, 92: 150588068, 206: 158, 298: 89853, 252: -77055}
t23 = id(t22)
del t22
t24 = {}
print(id(t24) == t23)
print(gc.collect())
