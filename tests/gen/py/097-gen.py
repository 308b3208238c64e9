# gen.py 97 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    for i in range(5):
        acc.append(i)
    return acc
v1 = 80000000000000000000000841
print(sys.getsizeof(v1))
acc2 = []
for i in range(17):
    acc2.append(str(i))
print(len(acc2), acc2[-3:])
acc2 = [i * 3 for i in range(12)]
x1 = 1000
x2 = 1000
print(x1 is x2)
r3 = f1()
print(r3)
print(v1)
t4 = list(range(2))
t5 = id(t4)
del t4
t6 = acc2 + [1000000000000000000568]
print(id(t6) == t5)
r7 = f1()
print(r7)
v1 = v1 + 900000000000000000000000000000000000000000000000000576
acc8 = []
for i in range(11):
    acc8.append((i, i))
print(len(acc8), acc8[-3:])
v9 = {4: v1 % 5, 149: v1 * 5, 257: v1 % 97}
v10 = C1(len(acc2))
print(gc.is_tracked(v9))
v11 = 2.5e-3
v12 = "-".join(str(e) for e in acc2)
print(v1 is v1 + 0, v1 == v1 + 0)
print(sys.getsizeof(t6))
print(gc.is_tracked(acc2))
acc8.reverse()
print(acc8)
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v9))
v13 = C1(v1 + -74398)
v14 = "-".join(str(e) for e in acc8)
print(sys.getsizeof(acc2))
v15 = tuple(acc8)
print(type(acc8).__name__)
acc16 = []
i = 0
while i < 0:
    if i % 5 == 0:
        acc16.append(i)
    i += 1
print(len(acc16), acc16[-3:])
acc16.extend(range(8))
del v14
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
if acc16:
    acc16[0] = "line\n"
o17 = C1(-27009)
o18 = C1(103)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
r19 = f1()
print(r19)
r20 = f1()
print(r20)
print(sys.getrefcount(acc16))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
