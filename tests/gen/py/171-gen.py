# gen.py 171 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "€"
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
def f1(p0, p1=2):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = [49, 157, 1421658994, 239, 240, 107206995, -1, -64661, 40000000000000000000000000000000000121]
acc2 = []
i = 0
while i < 16:
    if i % 4 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
o3 = C2(722846840)
o4 = C2(-42348)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
print(sys.getrefcount(v1))
v5 = b""
def g1(n):
    for i in range(n):
        yield i * 2
t6 = "a"
t7 = id(t6)
del t6
t8 = "a-b-c"
print(id(t8) == t7)
print(list(g1(1)))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
del v1[:2]
del v5
print(o4.a, o4.total())
v9 = C2(100000000000000000000000000000000000000000000000839)
print(type(t8).__name__)
r10 = f1(194, 206)
print(r10)
v11 = len(acc2)
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
acc2.reverse()
v12 = 3.141592653589793
print(gc.is_tracked(v9))
v13 = {i: i * i for i in range(0)}
acc2.reverse()
r14 = f1(49686, 38314)
print(r14)
del v9
print(sys.getsizeof(v1))
del acc2
print(sys.getrefcount(v1))
print(gc.is_tracked(v1))
del v1
x1 = 256
x2 = 256
print(x1 is x2)
print(sys.getsizeof(v11))
v15 = "b"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v13.get(9), list(v13.keys())[:3])
v16 = v12 * 1e10
def g2(n):
    for i in range(n):
        yield i * 2
v17 = b"a"
print(v13.get(7), list(v13.keys())[:3])
print(sys.getsizeof(o3))
print(gc.collect())
