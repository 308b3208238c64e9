# gen.py 198 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
acc1 = []
i = 0
while i < 5:
    if i % 2 == 0:
        acc1.append(i)
    i += 1
print(len(acc1), acc1[-3:])
o2 = C1(1458000644)
o3 = C1(len(acc1))
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
o4 = C1(948922420)
o5 = C1(400000000000000000000000000000000000000000000000758)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
v6 = 487.46
acc1 = acc1[:]
x1 = 256
x2 = 256
print(x1 is x2)
del v6
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r7 = f1(-13884, 641982629, 1000000000000000000000000000000000000000545)
print(r7)
print(len(acc1))
v8 = 60
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
v9 = C1(-v8)
o10 = C1(v8 * 4)
o11 = C1(-v8)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
acc12 = []
i = 0
while i < 0:
    if i % 2 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
t13 = tuple(acc12)
t14 = id(t13)
del t13
t15 = (f"<{v8}>", v8 + 27528, 154, 100.0)
print(id(t15) == t14)
acc12.insert(3, 81485)
def g1(n):
    for i in range(n):
        yield i * 3
print(v8 is v8 + 0, v8 == v8 + 0)
v16 = "ü"
del v9
r17 = f1(v8 + 885637854, v8 % 2, 2000000000000000000000000000000000697)
print(r17)
print(sum(x * x for x in range(4)))
print(sys.getsizeof(v8))
t18 = [i * 8 for i in range(5)]
t19 = id(t18)
del t18
t20 = acc1 * 2
print(id(t20) == t19)
v21 = [v8 // 7, -v8, v8 // 1, v8 + 78710, v8 // 7, 234, v8 + 782968133]
v22 = bytes(19)
v23 = acc12 + [v8 * 7]
v24 = str(v8)
v25 = C1(v8 ** 5)
v26 = ()
v27 = {147: 221}
del v23[:2]
t28 = 100.0
t29 = id(t28)
del t28
t30 = v8 / -8
print(id(t30) == t29)
print(v8)
r31 = f1(-v8, 230, -v8)
print(r31)
x1 = 257
x2 = 257
print(x1 is x2)
try:
    print(undefined_name_0)
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
