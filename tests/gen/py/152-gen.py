# gen.py 152 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    return acc
v1 = (1388665467, "spam eggs", 1.5, 88, "a-b-c", "b")
print(gc.is_tracked(v1))
def g1(n):
    for i in range(n):
        yield i * 4
def g2(n):
    for i in range(n):
        yield i * 1
v2 = {280: 87345, 117: 232, 270: -37679}
o3 = C2(204)
o4 = C2(4000000000000000000000000000000000000000000000000000000423)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
v5 = "€"
x1 = ()
x2 = ()
print(x1 is x2)
v6 = b"\x00\xff"
del v6
del v2
print(v5)
v7 = {i: i * i for i in range(1)}
t8 = {i: i * i for i in range(5)}
t9 = id(t8)
del t8
t10 = {242: len(v5)}
print(id(t10) == t9)
o11 = C2(61935)
o12 = C2(99735)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
acc13 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
print(v7)
print(sum(g1(1)), max(g1(1), default=-1))
t10.update({"k2": 5})
t10 = dict(k0=-27930, k1=23604)
alias14 = t10
print(alias14 is t10, id(alias14) == id(t10))
print(alias14.get(10), list(alias14.keys())[:3])
print(sys.getsizeof(v5))
v15 = bytes(4)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc16 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc16.append((i, x))
else:
    acc16.append(None)
print(len(acc16), acc16[-3:])
acc17 = []
for i in range(4):
    acc17.append([i])
print(len(acc17), acc17[-3:])
alias14[2] = "中文"
print(type(acc17).__name__)
print(v7.get(7), list(v7.keys())[:3])
v18 = {i % 4 for i in range(6)}
print(v7)
acc19 = []
i = 0
while i < 5:
    if i % 2 == 0:
        acc19.append(i)
    i += 1
print(len(acc19), acc19[-3:])
print(sys.getsizeof(o3))
print(sum(x * x for x in range(7)))
r20 = f1(232, 27, 233)
print(r20)
acc19 = [23, 942428128, 84101, -75316, -18966, 98237, len(v1)]
print(gc.collect())
