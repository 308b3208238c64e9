# gen.py 144 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    for i in range(5):
        acc.append(i)
    return acc
acc1 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc1.append((i, x))
else:
    acc1.append(None)
print(len(acc1), acc1[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc1 = list(range(7))
x1 = "abc"
x2 = "abc"
print(x1 is x2)
v2 = set(range(16))
o3 = C1(220)
o4 = C1(826456371)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
o5 = C2(len(acc1))
o6 = C2(len(acc1))
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
if acc1:
    print(acc1.pop())
print(sys.getrefcount(o3))
acc1.reverse()
print(sys.getsizeof(o5))
v7 = {81: 25503, 279: 34}
o8 = C2(2000000000000000000000000000000000000000000000000000000061)
o9 = C2(800000000000000000811)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
print(type(o3).__name__)
x1 = 256
x2 = 256
print(x1 is x2)
v10 = (1472714096, 1.5)
v2.discard(8)
print(o4.a, o4.total())
print(len(v2))
o11 = C1(9193)
o12 = C1(60211)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
r13 = f1(106)
print(r13)
print(v7.pop("k1", None))
print(sys.getsizeof(o5))
print(sys.getrefcount(v2))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
if "k6" in v7:
    del v7["k6"]
r14 = f1(80586)
print(r14)
v15 = C1(len(v7))
print(sys.getsizeof(v2))
print(sys.getsizeof(v10))
print(sys.getsizeof(v2))
acc1 = [20000000000000000000000000000000000000000000000000000000364, 200000000000000000130, 135, 118, 994176817, -82021]
v16 = ()
print(len(v16))
v2 = set()
t17 = list(range(3))
t18 = id(t17)
del t17
t19 = acc1[:]
print(id(t19) == t18)
v20 = [40000000000000000000000000000457, 300000000000000000000105, -15070, 66, -97157, -28454]
print(gc.collect())
