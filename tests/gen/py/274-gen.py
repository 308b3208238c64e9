# gen.py 274 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
o1 = C1(-52572)
o2 = C1(202)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = ("€", "line\n")
v4 = set(range(19))
v5 = -2.25
print(len(v4))
def g1(n):
    for i in range(n):
        yield i * 2
v6 = str(v5)
o7 = C1(313213338)
o8 = C1(1744020728)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
o9 = C1(71)
o10 = C1(80)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
acc11 = []
i = 0
while i < 4:
    if i % 3 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
print(v5)
acc12 = []
i = 0
while i < 25:
    if i % 5 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
o13 = C1(53)
o14 = C1(128)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
v4.add(47)
v15 = v4 & v4
print(list(g1(8)))
print(len(acc11))
acc16 = []
i = 0
while i < 22:
    if i % 3 == 0:
        acc16.append(i)
    i += 1
print(len(acc16), acc16[-3:])
v17 = [len(acc11), 81853, 54, len(acc16), 233, 166, len(v3), 116]
print(type(acc11).__name__)
del v15
o18 = C1(26652)
o19 = C1(20000000000000000000000000000000000000000259)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
acc20 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc20.append((i, x))
else:
    acc20.append(None)
print(len(acc20), acc20[-3:])
acc21 = []
i = 0
while i < 1:
    if i % 4 == 0:
        acc21.append(i)
    i += 1
print(len(acc21), acc21[-3:])
v22 = "€"
print(o8.a, o8.total())
del acc12[:2]
del v22
print(type(o18).__name__)
print(sys.getsizeof(acc21))
print(type(o7).__name__)
print(list(g1(7)))
v23 = dict(k0=201, k1=152, k2=len(acc12), k3=-29133, k4=13121)
del acc11[:2]
print(len(acc11))
del o7
print(gc.collect())
