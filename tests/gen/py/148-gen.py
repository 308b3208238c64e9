# gen.py 148 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "  pad  "
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
def f1():
    acc = []
    acc = tuple(acc)
    return acc
def g1(n):
    for i in range(n):
        yield i * 1
t1 = 0.0
t2 = id(t1)
del t1
t3 = 1e10
print(id(t3) == t2)
v4 = ()
alias5 = v4
print(alias5 is v4, id(alias5) == id(v4))
print(gc.is_tracked(v4))
acc6 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
v7 = {64, 36, -5, 84, 48, 67}
v8 = "  pad  "
r9 = f1()
print(r9)
print(sys.getsizeof(v7))
print(len(alias5))
v10 = 190
acc11 = []
i = 0
while i < 14:
    if i % 4 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
del acc6
v12 = {i: i * i for i in range(12)}
acc13 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v4 = (v10 + 58067,)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v12.pop("k0", None))
v7 = {35, 5}
print(v4)
x1 = 1000
x2 = 1000
print(x1 is x2)
print(gc.is_tracked(v8))
print(alias5)
print(v10 is v10 + 0, v10 == v10 + 0)
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
r14 = f1()
print(r14)
v15 = v10 / 3
del acc11
print(gc.is_tracked(v4))
del v4
acc13.append(v10 // 3)
o16 = C1(v10 // 2)
o17 = C1(-v10)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
v7.add(3)
print(gc.collect())
