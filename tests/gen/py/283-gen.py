# gen.py 283 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    return acc
def g1(n):
    for i in range(n):
        yield i * 4
acc1 = []
for i, x in enumerate([3, 1, 2]):
    if i > 1:
        break
    acc1.append((i, x))
else:
    acc1.append(None)
print(len(acc1), acc1[-3:])
v2 = C1(-55984)
x1 = 257
x2 = 257
print(x1 is x2)
v3 = {20, 9}
del acc1
v4 = {260: 40000000000000000000000000000000000000000000000000037, 152: 50883}
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v4.pop(3, None))
print(gc.is_tracked(v3))
print(18 in v3)
v4 = {i: i * i for i in range(8)}
v5 = C1(205)
print(sys.getsizeof(v5))
alias6 = v3
print(alias6 is v3, id(alias6) == id(v3))
v7 = (len(v4),)
v7 = ("Hello World", 0.1)
alias6.add(24)
acc8 = []
for i in range(9):
    acc8.append(i)
print(len(acc8), acc8[-3:])
acc9 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
v10 = -2.25
print(sum(x * x for x in range(20)))
del v4
acc9.extend(range(8))
v11 = (-2.25, v10 * 1e10, 104)
r12 = f1(len(acc8), 96357)
print(r12)
v13 = "UPPER"
print(sys.getsizeof(v2))
v14 = 9000000000000000000000000000000000000000261
v15 = "-".join(str(e) for e in acc8)
try:
    print(undefined_name_6)
except Exception as e:
    print(type(e).__name__, e)
v16 = alias6 & alias6
acc17 = []
i = 0
while i < 11:
    if i % 4 == 0:
        acc17.append(i)
    i += 1
print(len(acc17), acc17[-3:])
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v18 = b"\x00\xff"
del v3
print(v13)
v19 = str(v14)
print(gc.collect())
