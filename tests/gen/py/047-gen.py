# gen.py 47 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = "snake_case"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2=0):
    acc = [p0, p1, p2]
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = 100.0
v2 = set()
x1 = 257
x2 = 257
print(x1 is x2)
v3 = C2(1468508435)
print(v1)
v4 = {i: i * i for i in range(5)}
x1 = 257
x2 = 257
print(x1 is x2)
try:
    print(4 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v5 = v2 - v2
print(gc.collect())
del v3
print(sys.getsizeof(v2))
v6 = [222, 37, -67265, 99764]
def g1(n):
    for i in range(n):
        yield i * 5
v6 = [-2.25, 1477705088, v1 * 0.0, 0.0, "中文", 8000000000000000000000000000000000000000000000000000580]
print(sys.getsizeof(v2))
print(7 in v2)
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
v7 = -7320
t8 = "a"
t9 = id(t8)
del t8
t10 = "中文"
print(id(t10) == t9)
o11 = C1(231)
o12 = C1(v7 + 74172)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
print(sys.getrefcount(o11))
v13 = [50000000000000000000000000000000000000000000000000000000557, 1e10, 70000000000000000000739]
print(v7 is v7 + 0, v7 == v7 + 0)
print(len(gc.get_referents(o12)))
c14 = make_counter1()
print(c14(), c14(2), c14())
v15 = C2(14517)
acc16 = []
for i in range(11):
    acc16.append([i])
print(len(acc16), acc16[-3:])
print(gc.collect())
del acc16[:2]
print(len(v5))
print(gc.is_tracked(o11))
print(sys.getsizeof(o11))
acc16.append(v7 + 211)
r17 = f1(len(v4), v7 * -1, -v7)
print(r17)
del o11
print(sys.getsizeof(v13))
print(gc.collect())
