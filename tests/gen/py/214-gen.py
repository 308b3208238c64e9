# gen.py 214 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
class C2:
    kind = "spam eggs"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    acc = tuple(acc)
    return acc
def g1(n):
    for i in range(n):
        yield i * 5
print(gc.collect())
o1 = C1(-82914)
o2 = C1(215)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o2
v3 = 794.27
v4 = 1849446098
print(sys.getsizeof(v4))
v5 = "spam eggs"
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
x1 = 257
x2 = 257
print(x1 is x2)
v6 = float(v4)
r7 = f1(v4 ** 3)
print(r7)
v8 = {29, 74, 74, 42, 84, 1}
print(gc.is_tracked(v3))
v9 = list(range(6))
o10 = C2(-49432)
o11 = C2(223)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
v8.add(16)
print(sys.getsizeof(v8))
del o1
print(sys.getsizeof(v8))
if v9:
    v9[0] = "-".join(str(e) for e in v9)
o12 = C2(v4 % 10)
o13 = C2(len(v9))
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
alias14 = v4
print(alias14 is v4, id(alias14) == id(v4))
v8.discard(20)
v15 = C1(v4 ** 4)
t16 = tuple(v9)
t17 = id(t16)
del t16
t18 = (v5.swapcase(), alias14 * -3, repr(v3), 1e10)
print(id(t18) == t17)
acc19 = []
i = 0
while i < 22:
    if i % 2 == 0:
        acc19.append(i)
    i += 1
print(len(acc19), acc19[-3:])
print(sys.getsizeof(o12))
del v9
x1 = 256
x2 = 256
print(x1 is x2)
print(sys.getsizeof(v15))
print(type(o12).__name__)
r20 = f1(alias14 ** 5)
print(r20)
v21 = C1(alias14 % 2)
o22 = C2(v4 * 4)
o23 = C2(v4 % 5)
o22.other = o23
o23.other = o22
print(sys.getrefcount(o22), sys.getrefcount(o23))
del o22, o23
print(gc.collect())
print(alias14 is alias14 + 0, alias14 == alias14 + 0)
del acc19[:1]
print(gc.collect())
