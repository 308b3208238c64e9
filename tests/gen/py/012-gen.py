# gen.py 12 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = "Hello World"
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
    return acc
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o1 = C1(-21525)
o2 = C1(97)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
c3 = make_counter1()
print(c3(), c3(2), c3())
v4 = 41
acc5 = []
for i in range(14):
    acc5.append({i: i})
print(len(acc5), acc5[-3:])
acc6 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
t7 = [70000000000000000000000000000000000000000000000000031, v4 % 10, -v4, len(acc5), v4 % 10, -v4]
t8 = id(t7)
del t7
t9 = list(range(6))
print(id(t9) == t8)
acc10 = []
for i, x in enumerate("abcdef"):
    if i > 1:
        break
    acc10.append((i, x))
else:
    acc10.append(None)
print(len(acc10), acc10[-3:])
c11 = make_counter1()
print(c11(), c11(4), c11())
o12 = C1(v4 // 1)
o13 = C1(v4 + -36504)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 1
print(v4 is v4 + 0, v4 == v4 + 0)
t9.insert(1, v4 % 5)
r14 = f1(v4 % 5, len(t9))
print(r14)
print(gc.is_tracked(acc5))
v15 = C1(v4 * 2)
t16 = (80000000000000000000000000000000000000000000000642,)
t17 = id(t16)
del t16
t18 = (v4 // 7,)
print(id(t18) == t17)
print(gc.is_tracked(acc10))
v19 = (float(v4), v4 + 131, "a")
o20 = C2(v4 ** 5)
o21 = C2(v4 ** 3)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
del o20, o21
print(gc.collect())
t9.reverse()
acc6.append(v4 + 207)
t22 = t9[:]
t23 = id(t22)
del t22
t24 = [v4 % 97, v4 * 3, -v4, -v4, v4 * 1, v4 // 7, v4 // 1, 1905630203, v4 // 1]
print(id(t24) == t23)
c25 = make_counter1()
print(c25(), c25(4), c25())
acc5.extend(range(0))
if t9:
    print(t9.pop())
print(len(t18))
print(type(t24).__name__)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
if t24:
    t24[0] = "café"
acc26 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc26.append((i, x))
else:
    acc26.append(None)
print(len(acc26), acc26[-3:])
c27 = make_counter1()
print(c27(), c27(2), c27())
x1 = 1000
x2 = 1000
print(x1 is x2)
if acc10:
    print(acc10.pop())
print(sum(x * x for x in range(7)))
t28 = 1e10
t29 = id(t28)
del t28
t30 = 2.5e-3
print(id(t30) == t29)
v31 = "ü"
print(gc.collect())
