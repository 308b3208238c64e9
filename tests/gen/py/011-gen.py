# gen.py 11 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    kind = "tab\t"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0=4):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = 3000000000000000000000000000000000000000000000000000000015
v2 = v1 % 5
r3 = f1(v2 % 5)
print(r3)
def g1(n):
    for i in range(n):
        yield i * 3
del r3
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v4 = C2(125)
print(sys.getsizeof(v4))
v5 = 1e10
v6 = v1 % 2
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
v7 = [-v2]
acc8 = []
for i in range(24):
    acc8.append(str(i))
print(len(acc8), acc8[-3:])
print(v7)
v9 = 91
print(sys.getsizeof(v4))
print(sum(x * x for x in range(6)))
v10 = (v2 ** 2, v2 % 97)
o11 = C2(v6 ** 2)
o12 = C2(v1 * 0)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
print(gc.is_tracked(v1))
if acc8:
    acc8[0] = "Hello World"
v7.reverse()
v13 = (v2 ** 5, 0.0, v9 / 7)
o14 = C2(30)
o15 = C2(v2 % 97)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
o16 = C1(v6 % 5)
o17 = C1(v1 * 1)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
print(v1)
print(sys.getsizeof(v6))
t18 = (0.1, "b", "b", repr(v5), f"<{v1}>", v5 * 0.0)
t19 = id(t18)
del t18
t20 = (1.5, len(v13), 100.0, len(v7), "ü", len(acc8))
print(id(t20) == t19)
c21 = make_counter1()
print(c21(), c21(6), c21())
c22 = make_counter1()
print(c22(), c22(4), c22())
acc8.reverse()
print(sys.getsizeof(v5))
print(sys.getsizeof(v5))
print(len(v13))
print(type(v4).__name__)
del v7
v23 = v1 / -8
print(sys.getsizeof(v9))
print(sum(x * x for x in range(10)))
v24 = v6 + -75044
print(gc.collect())
