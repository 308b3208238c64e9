# gen.py 72 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1=9):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
v1 = "café"
v2 = C1(len(v1))
v3 = {39, 42, 23, 42, 57}
print(5 in v3)
print(sys.getrefcount(v2))
v3.discard(13)
v4 = -8282
v5 = ()
del v1
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v4 is v4 + 0, v4 == v4 + 0)
v6 = C1(-v4)
v7 = float(v4)
print(gc.is_tracked(v3))
x1 = -6
x2 = -6
print(x1 is x2)
acc8 = []
for i in range(21):
    acc8.append(i)
print(len(acc8), acc8[-3:])
def g1(n):
    for i in range(n):
        yield i * 4
print(v6.a, v6.total())
print(6 in v3)
v9 = {"k0": 2137284308, "k1": v4 * 6, "k2": ""}
c10 = make_counter1()
print(c10(), c10(7), c10())
v11 = dict(k0=-v4, k1=v4 + 4000000000000000000000000000000000000000000000000000000334, k2=-v4, k3=v4 // 1)
v12 = 46725
v13 = acc8[:]
v14 = v4 / 2
v11 = {149: 224, 15: 210, 32: 1281454482, 295: len(v9), 44: v4 ** 2}
print(v4 is v4 + 0, v4 == v4 + 0)
print(sum(g1(8)), max(g1(0), default=-1))
print(sum(x * x for x in range(12)))
v9[6] = len(v13)
v15 = (v4 ** 5,)
print(type(v15).__name__)
t16 = "中文"
t17 = id(t16)
del t16
t18 = "ü"
print(id(t18) == t17)
alias19 = v13
print(alias19 is v13, id(alias19) == id(v13))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(acc8))
v3 = {79}
x1 = 257
x2 = 257
print(x1 is x2)
print(gc.collect())
