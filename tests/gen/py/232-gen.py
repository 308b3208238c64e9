# gen.py 232 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    for i in range(2):
        acc.append(i)
    return acc
v1 = {98: 800000000000000000000000000000000000000000000000000000000874, 68: 78552, 123: 22932, 217: -21084, 112: 64, -16: 4, 150: 45}
v2 = (50000000000000000000000744,)
del v2
print(type(v1).__name__)
print(sys.getsizeof(v1))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v3 = "€"
r4 = f1(157)
print(r4)
print(v3)
print(len(v3))
print(type(v1).__name__)
v5 = b"hello"
x1 = "abc"
x2 = "abc"
print(x1 is x2)
r6 = f1(249)
print(r6)
def g1(n):
    for i in range(n):
        yield i * 1
v7 = "tab\t"
print(type(v7).__name__)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v5)
o8 = C1(38483)
o9 = C1(34281)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
v10 = set(range(14))
print(19 in v10)
acc11 = []
i = 0
while i < 19:
    if i % 2 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
v12 = C1(-56473)
print(8 in v10)
print(type(v7).__name__)
print(v3)
print(sum(g1(2)), max(g1(0), default=-1))
acc13 = []
for i in range(25):
    acc13.append(i)
print(len(acc13), acc13[-3:])
r14 = f1(len(v7))
print(r14)
o15 = C2(len(v3))
o16 = C2(-78061)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
print(sum(g1(7)), max(g1(1), default=-1))
v10.discard(39)
v17 = v10 ^ v10
v18 = bytes(9)
o19 = C1(230)
o20 = C1(-97848)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
v18 = v18 + b"abc"
print(gc.collect())
