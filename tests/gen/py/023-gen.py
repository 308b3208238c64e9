# gen.py 23 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0=0):
    acc = [p0]
    acc = tuple(acc)
    return acc
o1 = C2(38)
o2 = C2(-2823)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = list(range(9))
print(sys.getrefcount(v3))
if v3:
    v3[0] = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
r4 = f1(160)
print(r4)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
t5 = [len(v3), 184, len(v3), 40000000000000000000000000000000153, 512792639, 163, 46, 225, 208]
t6 = id(t5)
del t5
t7 = list(range(2))
print(id(t7) == t6)
print(type(v3).__name__)
v8 = C2(-2350)
v9 = 3.141592653589793
r10 = f1(47)
print(r10)
t11 = ()
t12 = id(t11)
del t11
t13 = (f"<{v9}>", 117)
print(id(t13) == t12)
x1 = ()
x2 = ()
print(x1 is x2)
print(sys.getsizeof(t13))
alias14 = v8
print(alias14 is v8, id(alias14) == id(v8))
v15 = -73572
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
alias16 = t7
print(alias16 is t7, id(alias16) == id(t7))
print(v15 is v15 + 0, v15 == v15 + 0)
v17 = {"k0": v15 % 2, "k1": v15 ** 2, "k2": "line\n", "k3": len(v3), "k4": -2596, "k5": "ü", "k6": "line\n"}
x1 = ()
x2 = ()
print(x1 is x2)
print(type(t13).__name__)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
v18 = ()
print(type(t7).__name__)
v19 = set(range(8))
o20 = C1(-80321)
o21 = C1(v15 * 6)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
def g1(n):
    for i in range(n):
        yield i * 5
print(v3)
print(type(v3).__name__)
o22 = C1(74940)
o23 = C1(v15 * 2)
o22.other = o23
o23.other = o22
print(sys.getrefcount(o22), sys.getrefcount(o23))
del o22, o23
print(gc.collect())
v3.extend(range(3))
print(sys.getsizeof(v15))
o24 = C1(-v15)
o25 = C1(60089)
o24.other = o25
o25.other = o24
print(sys.getrefcount(o24), sys.getrefcount(o25))
del o24, o25
print(gc.collect())
print(sys.getsizeof(v3))
alias16.reverse()
print(gc.is_tracked(o21))
print(gc.collect())
