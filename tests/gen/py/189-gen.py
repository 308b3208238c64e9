# gen.py 189 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "Hello World"
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(5):
        acc.append(i)
    return acc
v1 = "abc123"
try:
    print([1, 2, 3][7])
except Exception as e:
    print(type(e).__name__, e)
v2 = C1(21635)
print(gc.is_tracked(v2))
acc3 = []
for i in range(24):
    acc3.append(i * 1000)
print(len(acc3), acc3[-3:])
x1 = -6
x2 = -6
print(x1 is x2)
v4 = 60000000000000000000340
if acc3:
    acc3[0] = "Hello World"
r5 = f1(v4 ** 4, -v4, v4 * 6)
print(r5)
del acc3[:3]
del acc3[:0]
print(gc.collect())
del acc3[:3]
print(gc.is_tracked(acc3))
print(v4 is v4 + 0, v4 == v4 + 0)
print(type(v4).__name__)
v6 = v1.split()
def g1(n):
    for i in range(n):
        yield i * 2
print(type(v1).__name__)
print(v2.a, v2.total())
if v6:
    v6[0] = "snake_case"
def g2(n):
    for i in range(n):
        yield i * 1
r7 = f1(len(v6), 20000000000000000000000309, v4 // 2)
print(r7)
del r7
v2 = C2(v4 + 80000000000000000000000000000000000000000000000000123)
print(v4 is v4 + 0, v4 == v4 + 0)
v8 = 147.4
print(sys.getsizeof(acc3))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
del v1
o9 = C1(185)
o10 = C1(v4 ** 2)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
print(sys.getrefcount(acc3))
acc3.extend(range(3))
v11 = {i: i * i for i in range(1)}
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(len(gc.get_referents(v2)))
v12 = float(v4)
del v11
t13 = (v4 ** 4,)
t14 = id(t13)
del t13
t15 = (v4 // 2,)
print(id(t15) == t14)
t15 = ()
print(gc.collect())
