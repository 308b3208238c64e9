# gen.py 55 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "Hello World"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = {256: -66252, 142: 10000000000000000000000000000000000000000000000000000000263, 1: 1000000000000000000000000000000000000000000000000000475, 94: 30630}
acc2 = []
for i in range(6):
    acc2.append(str(i))
print(len(acc2), acc2[-3:])
acc3 = []
i = 0
while i < 5:
    if i % 4 == 0:
        acc3.append(i)
    i += 1
print(len(acc3), acc3[-3:])
v4 = 2.5e-3
print(type(v4).__name__)
print(len(acc2))
t5 = {192: 459408266, 184: -7605, 132: 16706, 287: 80000000000000000000000000000000000000000000000070, 226: len(acc3), 161: -29692, 266: 30000000000000000000000000000000000000000000000000000000283}
t6 = id(t5)
del t5
t7 = dict(k0=-42587, k1=13, k2=245, k3=9000000000000000000000000000000000971, k4=-35345)
print(id(t7) == t6)
print(type(acc2).__name__)
t8 = v4 * 100.0
t9 = id(t8)
del t8
t10 = -2.25
print(id(t10) == t9)
del acc2
def g1(n):
    for i in range(n):
        yield i * 4
v11 = set()
print(t10)
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
del t10
del v11
print(t7)
if acc3:
    print(acc3.pop())
v12 = {65, 45, 100, 36, 4, 2, 91}
v13 = 100000000000000000000000000000000000000000000000000000000809
print(sys.getsizeof(v13))
v14 = C1(6)
v15 = v13 ** 2
t16 = {126: 198, 222: -v13, 42: v13 + 9686, 68: 50000000000000000081, 175: 244}
t17 = id(t16)
del t16
t18 = {i: i * i for i in range(5)}
print(id(t18) == t17)
acc19 = []
for i in range(23):
    acc19.append(i)
print(len(acc19), acc19[-3:])
v4 = 1e10
v20 = ""
print(gc.is_tracked(v15))
x1 = -6
x2 = -6
print(x1 is x2)
def g2(n):
    for i in range(n):
        yield i * 5
acc19.insert(0, len(v20))
del acc3
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
t7["k5"] = v15 + 7000000000000000000000000000000000000000000000000568
print(v15)
print(gc.is_tracked(v4))
print(v1)
print(sum(x * x for x in range(1)))
print(t7.pop("k1", None))
print(gc.collect())
