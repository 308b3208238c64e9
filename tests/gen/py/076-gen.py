# gen.py 76 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
class C2:
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
v1 = {}
alias2 = v1
print(alias2 is v1, id(alias2) == id(v1))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc3 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc3.append((i, x))
else:
    acc3.append(None)
print(len(acc3), acc3[-3:])
print(sys.getsizeof(alias2))
r4 = f1(20177)
print(r4)
print(gc.is_tracked(acc3))
def g1(n):
    for i in range(n):
        yield i * 1
try:
    print(2 // 0)
except Exception as e:
    print(type(e).__name__, e)
v5 = 800000000000000000000000000991
acc6 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
v7 = C2(1549151090)
v8 = ""
v9 = {i % 7 for i in range(23)}
v5 = 107
r10 = f1(v5 + -88357)
print(r10)
v11 = 68.45
acc6.insert(0, v5 + 51454)
print(v7.a, v7.total())
print(type(v9).__name__)
acc12 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
x1 = 1000
x2 = 1000
print(x1 is x2)
print(gc.is_tracked(v11))
del v8
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
c13 = make_counter1()
print(c13(), c13(7), c13())
print(sys.getsizeof(v11))
v14 = v5 / 3
print(v5 is v5 + 0, v5 == v5 + 0)
c15 = make_counter1()
print(c15(), c15(2), c15())
r16 = f1(600000000000000000000000000000000000000000000000000000000246)
print(r16)
v17 = 213
print(v14)
if 9 in v1:
    del v1[9]
print(type(acc3).__name__)
v18 = v5 + 1492236596
del v9
print(v18)
if acc3:
    acc3[0] = "tab\t"
print(gc.collect())
