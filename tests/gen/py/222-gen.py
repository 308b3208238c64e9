# gen.py 222 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1=7):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
r1 = f1(3, -9559)
print(r1)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
t2 = ("spam eggs", 53444, 86993, "xxxxxxxxxx", 100.0, 861353097)
t3 = id(t2)
del t2
t4 = (100.0, 1.5, -47104, 82, "abc123", "a")
print(id(t4) == t3)
print(len(t4))
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(t4))
x1 = -6
x2 = -6
print(x1 is x2)
v5 = 0.0
print(gc.is_tracked(t4))
print(sys.getsizeof(t4))
del r1
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
v6 = 11081
v7 = (3.141592653589793, v5 * 329.91, "a", 100.0)
v8 = 0.0
o9 = C1(v6 + 700000000000000000000000000000000000000000000000000000000238)
o10 = C1(v6 * 5)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
print(sys.getsizeof(t4))
v11 = ["a", f"<{v6}>", 80000000000000000000000000000000365]
v12 = {}
r13 = f1(-v6, -v6)
print(r13)
v14 = v11[:]
o15 = C1(166)
o16 = C1(-v6)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 4
c17 = make_counter1()
print(c17(), c17(7), c17())
t18 = 2.5e-3
t19 = id(t18)
del t18
t20 = 1.5
print(id(t20) == t19)
x1 = 1000
x2 = 1000
print(x1 is x2)
r21 = f1(-v6, 109)
print(r21)
print(gc.is_tracked(v5))
del v14[:3]
print(sys.getsizeof(v6))
print(v6)
o9 = C1(v6 * -1)
try:
    print(undefined_name_4)
except Exception as e:
    print(type(e).__name__, e)
c22 = make_counter1()
print(c22(), c22(6), c22())
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v23 = v6 + 179
print(type(o10).__name__)
acc24 = []
i = 0
while i < 0:
    if i % 5 == 0:
        acc24.append(i)
    i += 1
print(len(acc24), acc24[-3:])
print(gc.collect())
