# gen.py 288 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2=7):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
try:
    print(2 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v1 = "a-b-c"
del v1
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc2 = []
for i in range(4):
    acc2.append(i * 1000)
print(len(acc2), acc2[-3:])
print(acc2)
x1 = 1000
x2 = 1000
print(x1 is x2)
v3 = list(range(1))
if v3:
    v3[0] = "ü"
v4 = C2(103)
v5 = {75, -2, 91, 10, 94, 85, 1, 43}
print(acc2)
print(gc.is_tracked(v5))
v6 = C1(170)
v3.reverse()
r7 = f1(300000000000000000000000226, len(v3), len(v3))
print(r7)
try:
    print(undefined_name_2)
except Exception as e:
    print(type(e).__name__, e)
o8 = C1(-45550)
o9 = C1(1126478529)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
v5 = v5 - v5
try:
    print(undefined_name_7)
except Exception as e:
    print(type(e).__name__, e)
c10 = make_counter1()
print(c10(), c10(1), c10())
v11 = 96
v5.add(50)
print(v4.a, v4.total())
t12 = "hello"
t13 = id(t12)
del t12
t14 = "€"
print(id(t14) == t13)
v15 = v11 + 14550
print(sys.getsizeof(v4))
o16 = C2(v15 ** 2)
o17 = C2(v15 ** 2)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v18 = ()
del v6
if v3:
    v3[0] = "  pad  "
print(sys.getsizeof(v15))
v18 = ()
print(v15 is v15 + 0, v15 == v15 + 0)
del v5
o19 = C2(v15 ** 3)
o20 = C2(-v11)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
del o19, o20
print(gc.collect())
v21 = t14.split()
print(gc.collect())
