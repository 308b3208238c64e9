# gen.py 155 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "line\n"
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
def f1():
    acc = []
    for i in range(6):
        acc.append(i)
    return acc
def g1(n):
    for i in range(n):
        yield i * 1
v1 = C1(-10824)
t2 = [500000000000000000000000000000000000000000000000000651, 1000000000000000635, 86, 90000000000000000000000000000000000000000231, 243]
t3 = id(t2)
del t2
t4 = [116, 5000000000000000000000656, 700000000000000000000000000000900, 167, -52070, 247, -34110]
print(id(t4) == t3)
if t4:
    print(t4.pop())
r5 = f1()
print(r5)
print(gc.collect())
v6 = C1(80000000000000000000000000000000000046)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
o7 = C2(26863)
o8 = C2(53548)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
del o7, o8
print(gc.collect())
v9 = b"hello"
acc10 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc10.append((i, x))
else:
    acc10.append(None)
print(len(acc10), acc10[-3:])
print(sys.getsizeof(v9))
acc11 = []
for i in range(19):
    acc11.append({i: i})
print(len(acc11), acc11[-3:])
del acc11[:0]
x1 = 257
x2 = 257
print(x1 is x2)
del acc11[:2]
v12 = -2.25
print(sys.getsizeof(v9))
acc13 = []
i = 0
while i < 24:
    if i % 4 == 0:
        acc13.append(i)
    i += 1
print(len(acc13), acc13[-3:])
print(sys.getsizeof(v6))
print(gc.is_tracked(v9))
if t4:
    t4[0] = "b"
print(acc10)
v14 = t4 * 0
v15 = C2(-11076)
if acc11:
    print(acc11.pop())
t16 = 1.5
t17 = id(t16)
del t16
t18 = 1.5
print(id(t18) == t17)
print(sys.getsizeof(v6))
o19 = C1(len(acc11))
o20 = C1(2021877338)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
del o19, o20
print(gc.collect())
acc11.insert(2, 60000000000000000000000000166)
r21 = f1()
print(r21)
print(sys.getsizeof(v14))
r22 = f1()
print(r22)
v9 = v9[1:]
o23 = C1(len(v14))
o24 = C1(41536)
o23.other = o24
o24.other = o23
print(sys.getrefcount(o23), sys.getrefcount(o24))
print(gc.collect())
