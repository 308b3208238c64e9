# gen.py 124 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
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
def f1(p0, p1):
    acc = [p0, p1]
    for i in range(4):
        acc.append(i)
    return acc
o1 = C2(106)
o2 = C2(41682)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 3
x1 = ()
x2 = ()
print(x1 is x2)
v3 = C1(2058189845)
v4 = C1(32854)
alias5 = v4
print(alias5 is v4, id(alias5) == id(v4))
print(sum(x * x for x in range(29)))
v6 = "a"
v7 = [800000000000000000000593, 235, 89867, 155, -62140, 900000000000000000000000000000000000376, 237388988, len(v6), 195]
o8 = C1(31)
o9 = C1(12)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
try:
    print([1, 2, 3][7])
except Exception as e:
    print(type(e).__name__, e)
print(type(v3).__name__)
print(v4.a, v4.total())
acc10 = []
i = 0
while i < 15:
    if i % 2 == 0:
        acc10.append(i)
    i += 1
print(len(acc10), acc10[-3:])
def g2(n):
    for i in range(n):
        yield i * 1
r11 = f1(214, 179)
print(r11)
print(sys.getrefcount(alias5))
acc12 = []
for i in range(25):
    acc12.append((i, i))
print(len(acc12), acc12[-3:])
v13 = {25, 38, 51, 60, 12, 60}
v7.append("snake_case")
print(type(v13).__name__)
v14 = 79677
v7.reverse()
r15 = f1(-35197, v14 * 1)
print(r15)
v16 = C1(v14 ** 2)
acc17 = []
i = 0
while i < 2:
    if i % 5 == 0:
        acc17.append(i)
    i += 1
print(len(acc17), acc17[-3:])
acc18 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc18.append((i, x))
else:
    acc18.append(None)
print(len(acc18), acc18[-3:])
o19 = C1(v14 // 1)
o20 = C1(-v14)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
del o19, o20
print(gc.collect())
print(sys.getsizeof(v16))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
o21 = C1(700000000000000000000000396)
o22 = C1(v14 % 2)
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
del o21, o22
print(gc.collect())
v23 = dict(k0=len(v6), k1=154)
v24 = tuple(acc12)
v25 = v13 ^ v13
acc10.insert(1, len(v7))
print(gc.is_tracked(v14))
del acc12
print(gc.collect())
