# gen.py 281 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    for i in range(6):
        acc.append(i)
    return acc
x1 = 256
x2 = 256
print(x1 is x2)
v1 = set(range(19))
v2 = 0.1
t3 = {i: i * i for i in range(10)}
t4 = id(t3)
del t3
t5 = {}
print(id(t5) == t4)
o6 = C1(64886)
o7 = C1(81334)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 2
del v1
it8 = g1(4)
print(type(it8).__name__)
print(sys.getsizeof(it8))
for v in it8:
    print(v)
v9 = 6000000000000000000000000000000000000000000000000000588
t5[11] = ""
acc10 = []
for i, x in enumerate([3, 1, 2]):
    if i > 0:
        break
    acc10.append((i, x))
else:
    acc10.append(None)
print(len(acc10), acc10[-3:])
del t5
if acc10:
    acc10[0] = str(v2)
v11 = {21, -3, 15, 73, 90, 47}
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
v11.discard(41)
print(len(v11))
r12 = f1(v9 + 177)
print(r12)
v13 = C1(-v9)
print(5 in v11)
o14 = C1(v9 % 97)
o15 = C1(v9 // 1)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
print(len(v11))
v13 = C1(v9 * -1)
del v2
o16 = C1(v9 * -2)
o17 = C1(v9 * 4)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
acc10.extend(range(2))
v18 = [i * 4 for i in range(0)]
acc19 = []
for i, x in enumerate("abcdef"):
    if i > 1:
        break
    acc19.append((i, x))
else:
    acc19.append(None)
print(len(acc19), acc19[-3:])
v11.add(18)
t20 = [i * 3 for i in range(7)]
t21 = id(t20)
del t20
t22 = acc19[:]
print(id(t22) == t21)
acc23 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc23.append((i, x))
else:
    acc23.append(None)
print(len(acc23), acc23[-3:])
acc23.extend(range(0))
print(gc.is_tracked(v11))
v24 = bytes(17)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getrefcount(v11))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def g2(n):
    for i in range(n):
        yield i * 4
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
del o14
print(gc.collect())
