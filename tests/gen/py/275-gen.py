# gen.py 275 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    acc = tuple(acc)
    return acc
o1 = C1(8000000000000000000000000000000000000000000000000000574)
o2 = C1(40000000000000000000000000000629)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
print(gc.collect())
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(sys.getsizeof(o2))
print(gc.is_tracked(o2))
r3 = f1(2000000000000000000000000000000203)
print(r3)
acc4 = []
i = 0
while i < 23:
    if i % 2 == 0:
        acc4.append(i)
    i += 1
print(len(acc4), acc4[-3:])
acc4.extend(range(9))
if acc4:
    print(acc4.pop())
print(type(o1).__name__)
print(o1.a, o1.total())
print(sys.getrefcount(o1))
acc5 = []
i = 0
while i < 15:
    if i % 4 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
print(sys.getrefcount(o1))
acc6 = []
i = 0
while i < 3:
    if i % 3 == 0:
        acc6.append(i)
    i += 1
print(len(acc6), acc6[-3:])
def g1(n):
    for i in range(n):
        yield i * 1
if acc5:
    acc5[0] = "a-b-c"
acc5.append(253)
o2 = C1(len(acc6))
v7 = C1(57)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
o8 = C1(-754)
o9 = C1(85)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
t10 = [i * 4 for i in range(0)]
t11 = id(t10)
del t10
t12 = acc4 + [-91908]
print(id(t12) == t11)
v13 = 20000000000000000000000000000000000000000000000748
v14 = v13 ** 4
acc6.append(-v13)
if t12:
    print(t12.pop())
print(v13 is v13 + 0, v13 == v13 + 0)
del acc4[:0]
v15 = dict(k0=60000000000000000000000000000000000000300, k1=-v14, k2=-93963)
try:
    print(9 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
r16 = f1(-v13)
print(r16)
v17 = b"a"
del acc5
t18 = acc6[:]
t19 = id(t18)
del t18
t20 = []
print(id(t20) == t19)
r21 = f1(len(t12))
print(r21)
print(v15.get(8), list(v15.keys())[:3])
print(gc.is_tracked(acc4))
print(v14)
print(gc.collect())
