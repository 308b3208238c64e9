# gen.py 21 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "abc123"
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
    return acc
t1 = ""
t2 = id(t1)
del t1
t3 = "UPPER"
print(id(t3) == t2)
v4 = "UPPER"
acc5 = []
i = 0
while i < 19:
    if i % 2 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
acc5.reverse()
v6 = {i: i * i for i in range(2)}
v7 = 100.0
print(v6.pop("k1", None))
del v4
v8 = [9000000000000000000000000000000000000000205]
v9 = {52, 59, 44, 35, 57, 44}
v10 = t3 + "b"
t11 = repr(v6)
t12 = id(t11)
del t11
t13 = f"<{v7}>"
print(id(t13) == t12)
o14 = C1(81)
o15 = C1(214)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v16 = v8 + [-64601]
print(sys.getsizeof(v6))
v17 = C1(142)
print(v8)
acc18 = []
for i in range(7):
    acc18.append((i, i))
print(len(acc18), acc18[-3:])
v6 = dict(k0=124, k1=80000000000000000975, k2=-20421, k3=80000000000000000000000000000000000142, k4=1185332841)
acc18.extend(range(0))
print(sys.getsizeof(v17))
def g1(n):
    for i in range(n):
        yield i * 2
print(sys.getsizeof(acc18))
t3 = t3 * 3
print(list(g1(1)))
it19 = g1(4)
print(type(it19).__name__)
print(sys.getsizeof(it19))
for v in it19:
    print(v)
del v7
o20 = C1(188)
o21 = C1(100000000000000000000000000000000000000000000000000000727)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
del o20, o21
print(gc.collect())
v22 = 20000000000000000000000000000000000000000782
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
acc18.append(v22 // 3)
print(sys.getrefcount(v17))
del acc18
v22 = 38480
print(v10)
v9.add(4)
def g2(n):
    for i in range(n):
        yield i * 4
print(gc.collect())
