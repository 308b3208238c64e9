# gen.py 234 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    return acc
v1 = {"k0": ""}
if 0 in v1:
    del v1[0]
print(v1)
try:
    print(undefined_name_9)
except Exception as e:
    print(type(e).__name__, e)
print(len(v1))
print(gc.is_tracked(v1))
print(v1)
print(sys.getsizeof(v1))
v1.update({"k1": 5})
v2 = -2.25
print(sys.getsizeof(v1))
def g1(n):
    for i in range(n):
        yield i * 4
v3 = v2 * 58.6
v4 = {47, 90, 18, 60, 75, 66, 79}
v5 = C1(10)
print(v1.pop("k1", None))
print(v3)
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
acc6 = []
for i, x in enumerate("abcdef"):
    if i > 1:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
print(gc.collect())
v4 = {29, 63, 0, 24, 58, 25, 88, 93}
try:
    print(4 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(4 in v4)
acc7 = []
for i, x in enumerate([3, 1, 2]):
    if i > 2:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
t8 = 2.5e-3
t9 = id(t8)
del t8
t10 = 3.141592653589793
print(id(t10) == t9)
acc11 = []
i = 0
while i < 23:
    if i % 2 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
acc7.reverse()
v12 = (44011,)
print(gc.collect())
print(len(acc7))
print(sys.getsizeof(acc7))
v13 = len(v1)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc7.append("Hello World")
print(gc.collect())
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v14 = t10 * 97.40
print(gc.collect())
