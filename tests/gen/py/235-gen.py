# gen.py 235 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=0):
    acc = [p0]
    return acc
v1 = {97, 88, 12, 92, 86, 87, 65, 5}
print(16 in v1)
r2 = f1(-10594)
print(r2)
v3 = [-97179, 9, 202]
o4 = C2(127)
o5 = C2(len(v3))
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
v1.discard(19)
v3.append("€")
print(sys.getsizeof(v3))
print(sys.getrefcount(o4))
v6 = list(range(9))
acc7 = []
i = 0
while i < 5:
    if i % 5 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
def g1(n):
    for i in range(n):
        yield i * 3
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = set()
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(len(acc7))
v6.reverse()
v8 = set(range(7))
r9 = f1(-3720)
print(r9)
r10 = f1(-45503)
print(r10)
o11 = C1(len(acc7))
o12 = C1(74)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
v13 = {279: 400000000000000000000000000000000000000855, 103: -26341, 135: len(v3), 103: -91264}
v6.insert(3, 10000000000000000000000000000000000000000000892)
v1.discard(33)
print(v6)
print(len(v8))
r14 = f1(29696)
print(r14)
x1 = 1000
x2 = 1000
print(x1 is x2)
del v6
r15 = f1(212)
print(r15)
x1 = "abc"
x2 = "abc"
print(x1 is x2)
print(v13.pop("k2", None))
print(o4.a, o4.total())
o16 = C1(39009)
o17 = C1(250)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
print(v13.pop(1, None))
print(sys.getsizeof(o12))
print(gc.is_tracked(o4))
print(gc.collect())
