# gen.py 41 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1():
    acc = []
    acc = tuple(acc)
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = bytes(4)
v2 = "a"
print(gc.collect())
acc3 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc3.append((i, x))
else:
    acc3.append(None)
print(len(acc3), acc3[-3:])
acc3.extend(range(8))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v2 = v2 + "snake_case"
o4 = C1(149)
o5 = C1(49)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
acc6 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
acc3.append(229)
if acc6:
    acc6[0] = repr(acc3)
def g1(n):
    for i in range(n):
        yield i * 4
acc3.extend(range(1))
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
c7 = make_counter1()
print(c7(), c7(3), c7())
acc8 = []
for i, x in enumerate([3, 1, 2]):
    if i > 0:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
o9 = C2(107)
o10 = C2(-96387)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
acc11 = []
i = 0
while i < 25:
    if i % 2 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
def make_counter3():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(o4))
del acc8[:3]
print(gc.is_tracked(o9))
acc11 = acc6[:]
def make_counter4():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getrefcount(o10))
o12 = C1(16243)
o13 = C1(223)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
if acc8:
    print(acc8.pop())
acc3.extend(range(9))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
t14 = [37474, len(acc8), 138]
t15 = id(t14)
del t14
t16 = acc11 * 3
print(id(t16) == t15)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
r17 = f1()
print(r17)
del acc3
del acc6
v18 = [[j] * 0 for j in range(4)]
try:
    print(undefined_name_8)
except Exception as e:
    print(type(e).__name__, e)
v19 = [[j] * 1 for j in range(3)]
print(gc.collect())
