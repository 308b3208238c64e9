# gen.py 179 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1():
    acc = []
    for i in range(4):
        acc.append(i)
    return acc
r1 = f1()
print(r1)
v2 = C1(-21696)
print(sys.getsizeof(v2))
v3 = 21
print(gc.collect())
del r1
v2 = C1(v3 // 3)
def g1(n):
    for i in range(n):
        yield i * 1
t4 = "中文"
t5 = id(t4)
del t4
t6 = repr(v3)
print(id(t6) == t5)
o7 = C1(v3 * -2)
o8 = C1(v3 % 5)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
t9 = (float(v3), v3 / 3, 5000000000000000000000000000000000000518)
t10 = id(t9)
del t9
t11 = (v3 // 7, v3 % 10, float(v3))
print(id(t11) == t10)
v2 = C1(v3 + -8929)
print(sum(g1(2)), max(g1(2), default=-1))
print(type(t11).__name__)
print(gc.is_tracked(t11))
v12 = {240: v3 % 97, 269: v3 ** 5, 265: v3 ** 3, 74: 186, 82: 233}
try:
    print(6 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(o8))
t6 = t6.capitalize()
print(v12.get("k1"), list(v12.keys())[:3])
print(v12.get(12), list(v12.keys())[:3])
r13 = f1()
print(r13)
v14 = 100.0
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
t15 = dict()
t16 = id(t15)
del t15
t17 = dict(k0=v3 % 97, k1=v3 ** 5, k2=v3 // 3, k3=102, k4=v3 // -4)
print(id(t17) == t16)
v14 = float(v3)
r18 = f1()
print(r18)
v19 = t6.replace("l", "L")
it20 = g1(5)
print(type(it20).__name__)
print(sys.getsizeof(it20))
for v in it20:
    print(v)
print(type(o8).__name__)
o21 = C1(-v3)
o22 = C1(900000000000000000209)
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
del o21, o22
print(gc.collect())
print(len(t17))
t23 = ()
t24 = id(t23)
del t23
t25 = ()
print(id(t25) == t24)
r26 = f1()
print(r26)
v3 = 1951502009
print(gc.collect())
