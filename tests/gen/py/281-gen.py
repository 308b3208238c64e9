# gen.py 281 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
acc10 = ["  pad  ", v9 + 150, f"<{v2}>", 649.69, v9 / 7]
o13 = C1(v9 * -2)
o14 = C1(v9 * 4)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
acc10.extend(range(2))
v15 = [i * 4 for i in range(0)]
acc16 = []
for i, x in enumerate("abcdef"):
    if i > 1:
        break
    acc16.append((i, x))
else:
    acc16.append(None)
print(len(acc16), acc16[-3:])
v11.add(18)
t17 = "中文"
t18 = id(t17)
del t17
t19 = "中文"
print(id(t19) == t18)
v11.add(12)
v20 = v9 % 2
print(sys.getrefcount(acc10))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v21 = 50000000000000000000000000000000000262
del v2
def g2(n):
    for i in range(n):
        yield i * 2
v22 = ()
r23 = f1(v9 % 10)
print(r23)
del r12
if acc16:
    print(acc16.pop())
v24 = v11 & v11
r25 = f1(v21 % 97)
print(r25)
v26 = v11 - v11
o27 = C1(v20 // 3)
o28 = C1(v21 ** 3)
o27.other = o28
o28.other = o27
print(sys.getrefcount(o27), sys.getrefcount(o28))
del o27, o28
print(gc.collect())
print(gc.collect())
