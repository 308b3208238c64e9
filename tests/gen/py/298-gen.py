# gen.py 298 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    return acc
r1 = f1(100000000000000000000000000000000313, 3)
print(r1)
del r1
x1 = 1000
x2 = 1000
print(x1 is x2)
v2 = 769157617
o3 = C1(185)
o4 = C1(v2 ** 3)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
print(gc.is_tracked(o3))
print(v2)
v5 = v2 ** 4
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o3 = C1(v2 % 97)
x1 = 1000
x2 = 1000
print(x1 is x2)
v6 = 52870
v7 = {i % 5 for i in range(19)}
v8 = "café"
print(gc.is_tracked(o4))
del v8
print(sys.getsizeof(o3))
print(v5 is v5 + 0, v5 == v5 + 0)
v9 = 694.30
print(sys.getsizeof(v2))
v10 = float(v5)
del v9
print(type(v6).__name__)
t11 = [-94659, v2 * -2]
t12 = id(t11)
del t11
t13 = [i * 2 for i in range(12)]
print(id(t13) == t12)
v7.add(31)
print(v6 is v6 + 0, v6 == v6 + 0)
print(gc.collect())
print(type(t13).__name__)
v14 = t13[:]
v7.discard(30)
print(sys.getsizeof(o3))
v7.add(9)
print(sys.getsizeof(v7))
v7.discard(21)
t15 = dict(k0=v2 % 97, k1=9000000000000000000000000000000000000699)
t16 = id(t15)
del t15
t17 = {}
print(id(t17) == t16)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(type(v6).__name__)
v18 = (f"<{v10}>", v6 / 2)
print(gc.collect())
