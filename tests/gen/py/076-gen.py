# gen.py 76 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v7 = b"a"
print(len(gc.get_referents(acc6)))
v8 = C1(v5 // -4)
o9 = C1(v5 * 5)
o10 = C1(v5 ** 5)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
alias11 = o9
print(alias11 is o9, id(alias11) == id(o9))
v12 = [v5 * 5, v5 + -88357, v5 * 3, v5 * 2]
acc6.insert(0, v5 + 51454)
print(v7)
print(type(o9).__name__)
acc13 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
x1 = 2.5
x2 = 2.5
print(x1 is x2)
alias14 = v5
print(alias14 is v5, id(alias14) == id(v5))
print(alias14 is alias14 + 0, alias14 == alias14 + 0)
t15 = float(alias14)
t16 = id(t15)
del t15
t17 = 3.141592653589793
print(id(t17) == t16)
print(gc.is_tracked(v5))
print(alias14 is alias14 + 0, alias14 == alias14 + 0)
c18 = make_counter1()
print(c18(), c18(2), c18())
r19 = f1(600000000000000000000000000000000000000000000000000000000246)
print(r19)
v20 = 213
print(alias11.a, alias11.total())
if 9 in v1:
    del v1[9]
print(type(acc3).__name__)
v21 = v5 + 1492236596
del v8
print(acc13)
if acc3:
    acc3[0] = "line\n"
t22 = "a"
t23 = id(t22)
del t22
t24 = "中文"
print(id(t24) == t23)
print(gc.collect())
