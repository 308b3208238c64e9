# gen.py 203 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
v1 = (2.5e-3, 1.5, -75236)
r2 = f1(147, 80000000000000000000000000000000624, 3)
print(r2)
v3 = "abc123"
v4 = {i: i * i for i in range(3)}
v3 = "spam eggs"
del v1
v5 = "tab\t"
v6 = {}
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
if 7 in v6:
    del v6[7]
v3 = "€"
print(sys.getsizeof(v4))
v7 = 52
v8 = (v7 * 1,)
t9 = 1.5
t10 = id(t9)
del t9
t11 = 881.9
print(id(t11) == t10)
print(v6.get(1), list(v6.keys())[:3])
print(type(t11).__name__)
print(len(v3))
v12 = 1.5
def g1(n):
    for i in range(n):
        yield i * 5
x1 = 2.5
x2 = 2.5
print(x1 is x2)
v13 = 0.0
r14 = f1(-48371, v7 // -4, v7 * 5)
print(r14)
v15 = dict(k0=v7 // -4, k1=-v7, k2=v7 // 7)
if 4 in v4:
    del v4[4]
del v15
alias16 = t11
print(alias16 is t11, id(alias16) == id(t11))
del t11
try:
    print(undefined_name_0)
except Exception as e:
    print(type(e).__name__, e)
r17 = f1(-v7, 22835, -35216)
print(r17)
v18 = bytes(18)
print(len(v8))
o19 = C1(len(v4))
o20 = C1(v7 // 2)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
del o19, o20
print(gc.collect())
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v21 = C1(v7 // 3)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v4)
o22 = C1(82927)
o23 = C1(v7 + 78)
o22.other = o23
o23.other = o22
print(sys.getrefcount(o22), sys.getrefcount(o23))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
