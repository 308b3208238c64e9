# gen.py 88 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "snake_case"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=1):
    acc = [p0]
    acc = tuple(acc)
    return acc
o1 = C1(-42682)
o2 = C1(21731)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = 221
print(v3)
print(gc.is_tracked(v3))
v4 = b"\x00\xff"
v4 = b"a"
try:
    print(undefined_name_0)
except Exception as e:
    print(type(e).__name__, e)
v5 = 2.5e-3
acc6 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
try:
    print(6 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v5))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc7 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
del v4
def g1(n):
    for i in range(n):
        yield i * 3
acc8 = []
for i in range(25):
    acc8.append((i, i))
print(len(acc8), acc8[-3:])
acc6.append(str(v5))
try:
    print(undefined_name_4)
except Exception as e:
    print(type(e).__name__, e)
v9 = C1(v3 // 1)
print(type(v9).__name__)
v10 = {i % 3 for i in range(20)}
t11 = 1e10
t12 = id(t11)
del t11
t13 = v3 / 2
print(id(t13) == t12)
v14 = dict(k0=v3 // 7, k1=v3 ** 3, k2=len(acc7), k3=v3 ** 4, k4=-90476)
x1 = 256
x2 = 256
print(x1 is x2)
print(len(acc7))
print(sys.getsizeof(acc8))
print(18 in v10)
acc15 = []
for i in range(6):
    acc15.append([i])
print(len(acc15), acc15[-3:])
v16 = v3 * 7
c17 = make_counter1()
print(c17(), c17(8), c17())
v18 = bytes(6)
print(sys.getsizeof(v16))
print(len(v18))
c19 = make_counter1()
print(c19(), c19(2), c19())
print(acc6)
print(sys.getrefcount(v9))
print(v16 is v16 + 0, v16 == v16 + 0)
print(sys.getsizeof(v10))
acc20 = []
i = 0
while i < 0:
    if i % 3 == 0:
        acc20.append(i)
    i += 1
print(len(acc20), acc20[-3:])
v21 = t13 * -2.25
print(gc.collect())
