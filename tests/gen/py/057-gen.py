# gen.py 57 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
acc1 = []
i = 0
while i < 20:
    if i % 2 == 0:
        acc1.append(i)
    i += 1
print(len(acc1), acc1[-3:])
print(sys.getsizeof(acc1))
acc1.reverse()
x1 = 256
x2 = 256
print(x1 is x2)
v2 = {99, 70, 49}
print(len(v2))
print(sys.getsizeof(v2))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v2))
v3 = C1(-6906)
v4 = C1(-46035)
o5 = C1(300000000000000000000000057)
o6 = C1(92468)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
v7 = 134
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c8 = make_counter1()
print(c8(), c8(9), c8())
print(acc1)
print(sys.getrefcount(v4))
print(sys.getsizeof(acc1))
print(gc.is_tracked(v7))
if acc1:
    acc1[0] = "-".join(str(e) for e in acc1)
acc1.reverse()
v9 = v7 // 1
r10 = f1(len(acc1), -v9)
print(r10)
del v4
v2.add(24)
print(12 in v2)
print(gc.is_tracked(v7))
v11 = C1(v9 * 7)
v12 = float(v7)
def g1(n):
    for i in range(n):
        yield i * 1
def make_counter3():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v11))
print(list(g1(5)))
print(type(v11).__name__)
acc1.append(v9 % 10)
print(sys.getrefcount(v11))
print(gc.collect())
