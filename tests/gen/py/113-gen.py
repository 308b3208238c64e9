# gen.py 113 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1=0):
    acc = [p0, p1]
    for i in range(2):
        acc.append(i)
    return acc
v1 = ("  pad  ", 41209, 3.141592653589793, 0.1)
acc2 = []
i = 0
while i < 21:
    if i % 3 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
print(v1)
r3 = f1(1301171675, 557681741)
print(r3)
v4 = 2000000000000000000000000000000000000000000000000097
o5 = C1(-v4)
o6 = C1(v4 // 1)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
v7 = [[j] * 0 for j in range(5)]
v8 = (v4 // 2,)
del acc2
def g1(n):
    for i in range(n):
        yield i * 5
print(sys.getsizeof(o5))
v7.reverse()
v9 = v4 % 97
print(type(o5).__name__)
del v7[:3]
r10 = f1(30000000000000000000000000000000869, v9 % 5)
print(r10)
o11 = C1(248)
o12 = C1(len(v7))
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o12
print(len(gc.get_referents(o6)))
r13 = f1(-v4, v9 % 10)
print(r13)
del v7
o14 = C1(-v9)
o15 = C1(len(v1))
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
v8 = ("Hello World", float(v9), str(v4), 813.24, "UPPER", v9 ** 5)
v16 = str(v4)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v17 = {"k0": -v4, "k1": f"<{v4}>", "k2": repr(v9), "k3": f"<{v4}>", "k4": v16.strip(), "k5": v4 + 50000000000000000000000000000000000000000000688}
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def make_counter3():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc18 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc18.append((i, x))
else:
    acc18.append(None)
print(len(acc18), acc18[-3:])
print(gc.collect())
c19 = make_counter2()
print(c19(), c19(5), c19())
print(sys.getsizeof(o11))
v20 = {i % 4 for i in range(9)}
print(sys.getsizeof(v8))
if acc18:
    print(acc18.pop())
print(gc.collect())
c21 = make_counter1()
print(c21(), c21(8), c21())
o22 = C1(v4 * 3)
o23 = C1(v9 * 5)
o22.other = o23
o23.other = o22
print(sys.getrefcount(o22), sys.getrefcount(o23))
del o22, o23
print(gc.collect())
r24 = f1(61, -5)
print(r24)
v20.add(14)
print(gc.collect())
