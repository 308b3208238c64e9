# gen.py 77 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "spam eggs"
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
    acc = tuple(acc)
    return acc
v1 = C1(249)
print(type(v1).__name__)
v2 = {i: i * i for i in range(1)}
print(type(v2).__name__)
print(v1.a, v1.total())
v3 = [46, 11760, 49, len(v2), 174, 201, 107, 97007, 12]
def g1(n):
    for i in range(n):
        yield i * 1
v3.append(repr(v2))
print(sum(g1(4)), max(g1(0), default=-1))
v4 = b"\x00\xff"
v4 = v4 + b"abc"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r5 = f1(200000000000000000000000245, len(v2), 79)
print(r5)
v6 = 251
del r5
print(v6)
del v4
print(len(v3))
r7 = f1(13, v6 // 1, v6 * 5)
print(r7)
print(sys.getsizeof(v1))
print(gc.is_tracked(v1))
v3.insert(1, v6 % 97)
print(gc.is_tracked(v3))
v8 = C2(len(v3))
c9 = make_counter1()
print(c9(), c9(9), c9())
print(v6 is v6 + 0, v6 == v6 + 0)
x1 = "abc"
x2 = "abc"
print(x1 is x2)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v10 = dict(k0=56, k1=len(v2), k2=v6 + 700000000000000000000900, k3=v6 * 2)
o11 = C1(248)
o12 = C1(215)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
v13 = set()
print(sum(g1(8)), max(g1(0), default=-1))
v14 = 86
print(len(v10))
del v2
print(sys.getrefcount(v8))
acc15 = []
i = 0
while i < 18:
    if i % 3 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
v3.extend(range(9))
it16 = g1(3)
print(type(it16).__name__)
print(sys.getsizeof(it16))
for v in it16:
    print(v)
print(gc.collect())
