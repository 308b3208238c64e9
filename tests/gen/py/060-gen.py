# gen.py 60 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    return acc
v1 = 73
print(sys.getsizeof(v1))
print(sys.getsizeof(v1))
o2 = C1(v1 * 1)
o3 = C1(v1 + 940472941)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
print(v1)
print(sys.getsizeof(v1))
print(gc.is_tracked(v1))
def g1(n):
    for i in range(n):
        yield i * 1
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
v4 = 100.0
v5 = "line\n"
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(8 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(v1 is v1 + 0, v1 == v1 + 0)
print(type(v5).__name__)
v6 = v5.split()
v7 = C1(v1 * -3)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(type(v1).__name__)
del v6[:3]
v8 = [[j] * 0 for j in range(2)]
del v6
v9 = [0.0, 157, -2.25, v1 + 8000000000000000000000656, v1 ** 3]
it10 = g1(1)
print(type(it10).__name__)
print(sys.getsizeof(it10))
for v in it10:
    print(v)
print(gc.is_tracked(v4))
del v9[:3]
acc11 = []
i = 0
while i < 21:
    if i % 3 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
print(gc.collect())
del acc11[:3]
v12 = (83, "")
print(sum(g1(2)), max(g1(3), default=-1))
print(gc.is_tracked(v4))
alias13 = acc11
print(alias13 is acc11, id(alias13) == id(acc11))
acc14 = []
for i in range(25):
    acc14.append(i)
print(len(acc14), acc14[-3:])
print(gc.is_tracked(acc14))
v1 = v1 ** 3
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
t15 = ()
t16 = id(t15)
del t15
t17 = (v1 ** 5, v1 * 6, v1 % 97, v1 + 78)
print(id(t17) == t16)
print(v5)
print(gc.collect())
