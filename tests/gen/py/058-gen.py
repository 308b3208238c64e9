# gen.py 58 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0=7):
    acc = [p0]
    return acc
v1 = (1799722749,)
print(gc.collect())
v2 = bytes(15)
r3 = f1(46)
print(r3)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = ("spam eggs", "", "ü", -2.25)
r4 = f1(200000000000000000000000000947)
print(r4)
v5 = v2[1:]
del r3
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
v6 = C1(7946)
v7 = 100.0
print(gc.is_tracked(v6))
o8 = C1(10000000000000000000000000000000000000072)
o9 = C1(99)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
c10 = make_counter1()
print(c10(), c10(2), c10())
del r4
print(gc.is_tracked(o9))
v11 = 242512755
acc12 = []
i = 0
while i < 11:
    if i % 2 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
def g1(n):
    for i in range(n):
        yield i * 3
v13 = C1(v11 ** 2)
if acc12:
    acc12[0] = "spam eggs"
v14 = C1(1000000000000000000000000000000000000000563)
print(v7)
x1 = ()
x2 = ()
print(x1 is x2)
v2 = bytes(15)
acc12.extend(range(3))
v15 = float(v11)
v16 = acc12 * 2
v16.append(v11 // 1)
c17 = make_counter1()
print(c17(), c17(9), c17())
print(type(acc12).__name__)
del v6
print(type(o9).__name__)
v18 = 80000000000000000000000000000000000000000000000000152
v19 = "b"
v20 = [v18 ** 5, len(v1), -v11, v11 * 4, -v18, v11 ** 3]
print(gc.collect())
