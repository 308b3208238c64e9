# gen.py 249 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "line\n"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(2):
        acc.append(i)
    return acc
t1 = 2.5e-3
t2 = id(t1)
del t1
t3 = -2.25
print(id(t3) == t2)
print(sys.getsizeof(t3))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v4 = C2(72835720)
v5 = C1(44157)
v6 = set()
t7 = (62514,)
t8 = id(t7)
del t7
t9 = (164, 226, -2.25, 37763, "snake_case")
print(id(t9) == t8)
r10 = f1(223, 300000000000000000185, 123)
print(r10)
def g1(n):
    for i in range(n):
        yield i * 5
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c11 = make_counter1()
print(c11(), c11(5), c11())
v12 = (len(t9),)
print(list(g1(5)))
x1 = 256
x2 = 256
print(x1 is x2)
print(type(t3).__name__)
v6.discard(13)
print(sys.getsizeof(v12))
x1 = "abc"
x2 = "abc"
print(x1 is x2)
def make_counter3():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v13 = C1(1258432950)
print(sys.getrefcount(v13))
x1 = ()
x2 = ()
print(x1 is x2)
print(t9)
v14 = 2.5e-3
v14 = 0.0
print(gc.collect())
def make_counter4():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v4))
print(gc.is_tracked(v4))
del v4
print(type(v12).__name__)
v6.discard(31)
v15 = "tab\t"
acc16 = []
i = 0
while i < 6:
    if i % 3 == 0:
        acc16.append(i)
    i += 1
print(len(acc16), acc16[-3:])
print(type(v14).__name__)
print(type(v6).__name__)
v17 = v15.split()
print(gc.collect())
