# gen.py 204 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "spam eggs"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=6):
    acc = [p0]
    for i in range(3):
        acc.append(i)
    return acc
v1 = C2(111)
print(type(v1).__name__)
print(sys.getsizeof(v1))
print(gc.is_tracked(v1))
print(sys.getsizeof(v1))
alias2 = v1
print(alias2 is v1, id(alias2) == id(v1))
r3 = f1(20000000000000000000000000000000000000000000455)
print(r3)
v4 = ""
t5 = 780.98
t6 = id(t5)
del t5
t7 = 808.46
print(id(t7) == t6)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v8 = (1944379870, 100.0)
v9 = ()
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(type(alias2).__name__)
print(gc.is_tracked(t7))
o10 = C1(3179)
o11 = C1(238)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
print(gc.is_tracked(alias2))
acc12 = []
i = 0
while i < 14:
    if i % 3 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
print(len(acc12))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del acc12[:3]
print(len(gc.get_referents(alias2)))
print(gc.is_tracked(v9))
r13 = f1(100000000000000000000000000952)
print(r13)
print(gc.is_tracked(v1))
print(len(v8))
def g1(n):
    for i in range(n):
        yield i * 5
r14 = f1(-39846)
print(r14)
t15 = ""
t16 = id(t15)
del t15
t17 = v4.strip()
print(id(t17) == t16)
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
del r14
print(sys.getrefcount(acc12))
print(sys.getsizeof(v9))
v1 = C1(900000000000000000000000000000000000000000000000371)
v18 = set(range(17))
o19 = C2(2000000000000000000000996)
o20 = C2(941335922)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
del o19, o20
print(gc.collect())
v21 = acc12 * 0
print(type(acc12).__name__)
print(gc.collect())
