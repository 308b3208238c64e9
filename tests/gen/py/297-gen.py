# gen.py 297 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "xxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2=7):
    acc = [p0, p1, p2]
    return acc
v1 = (2.5e-3, -27616, 0.1, "UPPER", 0.1)
print(sys.getsizeof(v1))
print(len(gc.get_referents(v1)))
try:
    print(9 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v1))
del v1
v2 = b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
def g1(n):
    for i in range(n):
        yield i * 1
v3 = [180, 90000000000000000000000000000000000000000000213, 118, 146, 13]
o4 = C2(len(v3))
o5 = C2(1821604150)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
print(sys.getsizeof(v2))
v6 = len(v3)
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v6))
print(sum(g1(8)), max(g1(0), default=-1))
print(len(gc.get_referents(o5)))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v6))
v3.extend(range(3))
c7 = make_counter2()
print(c7(), c7(1), c7())
print(gc.collect())
c8 = make_counter1()
print(c8(), c8(8), c8())
acc9 = []
i = 0
while i < 14:
    if i % 5 == 0:
        acc9.append(i)
    i += 1
print(len(acc9), acc9[-3:])
o10 = C1(202)
o11 = C1(64)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
it12 = g1(2)
print(type(it12).__name__)
print(sys.getsizeof(it12))
for v in it12:
    print(v)
v13 = bytes(14)
x1 = 257
x2 = 257
print(x1 is x2)
print(gc.collect())
print(type(acc9).__name__)
v14 = v6 ** 2
print(sum(g1(8)), max(g1(1), default=-1))
v3.extend(range(8))
r15 = f1(-81233, v14 + 50000000000000000000222, v6 * 2)
print(r15)
print(gc.is_tracked(o10))
print(gc.collect())
acc9.reverse()
print(gc.collect())
