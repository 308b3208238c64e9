# gen.py 147 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
acc1 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc1.append((i, x))
else:
    acc1.append(None)
print(len(acc1), acc1[-3:])
del acc1[:3]
if acc1:
    print(acc1.pop())
def g1(n):
    for i in range(n):
        yield i * 5
print(type(acc1).__name__)
v2 = bytes(16)
print(gc.is_tracked(acc1))
v3 = "spam eggs"
print(sys.getsizeof(v3))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(len(acc1))
o4 = C1(1612842968)
o5 = C1(5796)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
print(gc.is_tracked(acc1))
acc1.extend(range(5))
o5 = C1(193)
v6 = {87: 40000000000000000000000000000000000000000000000000597, 117: 1497054600, 113: len(acc1)}
v7 = 252
del acc1[:1]
v6[7] = len(acc1)
o8 = C1(v7 ** 5)
o9 = C1(v7 % 10)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
v10 = v7 ** 4
del v2
print(gc.is_tracked(v6))
print(v3)
acc11 = []
i = 0
while i < 16:
    if i % 4 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
v12 = {"k0": v10 % 97, "k1": -v10}
v13 = [-v7, 9000000000000000000000000000916]
v14 = {197: v7 // 1, 201: v10 % 5, 233: v7 % 10, 156: v10 * 2, 148: -v10}
print(type(v13).__name__)
v15 = [v10 + -95548, v10 % 10, v10 * 1, v10 + 99253, 37, 347588572, len(v6)]
it16 = g1(5)
print(type(it16).__name__)
print(sys.getsizeof(it16))
for v in it16:
    print(v)
print(v12.get("k5"), list(v12.keys())[:3])
v14 = dict(k0=v10 ** 5, k1=v10 ** 2, k2=720324363)
print(len(v15))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
t17 = [[j] * 3 for j in range(4)]
t18 = id(t17)
del t17
t19 = v13 + [-v7]
print(id(t19) == t18)
r20 = f1(-18962)
print(r20)
r21 = f1(v10 * 3)
print(r21)
print(type(o5).__name__)
print(gc.collect())
