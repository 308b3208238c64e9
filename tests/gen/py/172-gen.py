# gen.py 172 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    return acc
r1 = f1(212571017, 75689)
print(r1)
acc2 = []
for i, x in enumerate("abcdef"):
    if i > 1:
        break
    acc2.append((i, x))
else:
    acc2.append(None)
print(len(acc2), acc2[-3:])
acc2.append(240)
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
r3 = f1(39584, 199)
print(r3)
def g1(n):
    for i in range(n):
        yield i * 4
r4 = f1(43979, 1615017721)
print(r4)
acc5 = []
for i, x in enumerate("abcdef"):
    if i > 5:
        break
    acc5.append((i, x))
else:
    acc5.append(None)
print(len(acc5), acc5[-3:])
o6 = C2(len(acc2))
o7 = C2(27207)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
v8 = C1(-29947)
print(sys.getsizeof(acc2))
v9 = 252
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc5.append("hello")
x1 = 256
x2 = 256
print(x1 is x2)
print(gc.is_tracked(acc2))
acc10 = []
for i, x in enumerate("abcdef"):
    if i > 5:
        break
    acc10.append((i, x))
else:
    acc10.append(None)
print(len(acc10), acc10[-3:])
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc11 = []
for i in range(12):
    acc11.append({i: i})
print(len(acc11), acc11[-3:])
x1 = 2.5
x2 = 2.5
print(x1 is x2)
v12 = {-10: v9 // 2, 17: len(acc5), 258: v9 // 1}
try:
    print(3 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(len(acc5))
print(list(g1(6)))
print(type(v9).__name__)
del acc5
r13 = f1(-v9, 800000000000000000000000000000000682)
print(r13)
c14 = make_counter1()
print(c14(), c14(2), c14())
print(type(v9).__name__)
print(type(acc11).__name__)
print(len(acc2))
acc15 = []
for i in range(3):
    acc15.append(i * 1000)
print(len(acc15), acc15[-3:])
def g2(n):
    for i in range(n):
        yield i * 5
v12.update({5: 1})
print(gc.is_tracked(acc2))
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
