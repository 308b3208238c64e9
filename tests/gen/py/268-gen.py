# gen.py 268 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = "xxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1=0):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = "  pad  "
print(sys.getsizeof(v1))
v2 = dict()
print(sys.getsizeof(v2))
v3 = ("xxxxxxxxx", v1.capitalize(), 48952, 0.1, -2.25, 193)
print(type(v3).__name__)
acc4 = []
i = 0
while i < 2:
    if i % 3 == 0:
        acc4.append(i)
    i += 1
print(len(acc4), acc4[-3:])
print(gc.is_tracked(acc4))
o5 = C1(-52992)
o6 = C1(60000000000000000000000000000987)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
print(sys.getrefcount(acc4))
r7 = f1(31128, 98107)
print(r7)
v8 = "€"
v9 = 73
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
del acc4
acc10 = []
for i in range(25):
    acc10.append(i)
print(len(acc10), acc10[-3:])
o11 = C1(v9 + 20000000000000000000000000000000000000000000000000004)
o12 = C1(len(v8))
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
print(len(v2))
del v1
print(type(v3).__name__)
acc10 = acc10[:]
def g1(n):
    for i in range(n):
        yield i * 4
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
print(type(v8).__name__)
acc10.insert(1, 9000000000000000000000000000000000000000000000000000000889)
del r7
print(type(v8).__name__)
print(gc.is_tracked(v9))
print(sys.getsizeof(v8))
x1 = 1000
x2 = 1000
print(x1 is x2)
acc13 = []
for i in range(25):
    acc13.append(i * 1000)
print(len(acc13), acc13[-3:])
o14 = C1(v9 // 3)
o15 = C1(v9 + -16208)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
v3 = ()
t16 = 1e10
t17 = id(t16)
del t16
t18 = 0.0
print(id(t18) == t17)
t18 = v9 / 7
print(gc.is_tracked(acc13))
del v2
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
