# gen.py 146 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    for i in range(1):
        acc.append(i)
    return acc
v1 = {i: i * i for i in range(3)}
acc2 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc2.append((i, x))
else:
    acc2.append(None)
print(len(acc2), acc2[-3:])
v3 = (222,)
print(v1.get("k6"), list(v1.keys())[:3])
r4 = f1(-85252, 80000000000000000000000000000000000000505)
print(r4)
print(v1.pop("k1", None))
del acc2[:2]
del acc2
print(v1.pop(5, None))
print(v1)
v5 = b"zzzzzzzzzzzzzzzz"
def g1(n):
    for i in range(n):
        yield i * 3
v6 = 0.1
del v3
del v6
v7 = ("line\n", 100.0, 67520)
o8 = C1(246)
o9 = C1(32349)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
v10 = 0
print(v10 is v10 + 0, v10 == v10 + 0)
v11 = C1(v10 % 5)
v10 = -v10
v12 = v10 / -8
t13 = "abc123"
t14 = id(t13)
del t13
t15 = "中文"
print(id(t15) == t14)
acc16 = []
for i in range(19):
    acc16.append((i, i))
print(len(acc16), acc16[-3:])
v17 = b"\x00\xff"
v1.update({"k6": 0})
v18 = len(v7)
print(sum(g1(6)), max(g1(3), default=-1))
t19 = acc16[:]
t20 = id(t19)
del t19
t21 = [v18 % 2, v10 * -2, 1077337828, v18 ** 4]
print(id(t21) == t20)
t21.insert(1, v10 // 2)
r22 = f1(201, v18 * 1)
print(r22)
x1 = 1000
x2 = 1000
print(x1 is x2)
o23 = C1(v10 + 63690)
o24 = C1(-v18)
o23.other = o24
o24.other = o23
print(sys.getrefcount(o23), sys.getrefcount(o24))
del o23, o24
print(gc.collect())
print(v18 is v18 + 0, v18 == v18 + 0)
alias25 = t15
print(alias25 is t15, id(alias25) == id(t15))
r26 = f1(10000000000000000000000000000000000000000000000000000089, -v18)
print(r26)
print(gc.collect())
