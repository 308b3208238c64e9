# gen.py 214 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v15 = b"a"
v8 = set(range(16))
v16 = -alias14
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(alias14))
it17 = g1(1)
print(type(it17).__name__)
print(sys.getsizeof(it17))
for v in it17:
    print(v)
print(v4 is v4 + 0, v4 == v4 + 0)
o18 = C1(v16 ** 5)
o19 = C1(len(v9))
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
v8.add(26)
r20 = f1(45351)
print(r20)
print(sys.getrefcount(o18))
print(sys.getsizeof(v6))
print(gc.collect())
