# gen.py 43 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
o1 = C1(7000000000000000000000000000000000000000000000000000381)
o2 = C1(51890)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = -2.25
del v3
v4 = ("a", 146, "hello")
print(gc.collect())
v5 = C1(80000000000000000000000000129)
v6 = len(v4)
c7 = make_counter1()
print(c7(), c7(5), c7())
del v5
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
del v4
o8 = C1(v6 // 1)
o9 = C1(212)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
v10 = ""
v11 = 0.1
v11 = v11 * 734.26
print(gc.is_tracked(v11))
acc12 = []
i = 0
while i < 25:
    if i % 5 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
acc12.extend(range(8))
print(gc.is_tracked(v10))
acc12 = acc12[:]
acc12.extend(range(0))
r13 = f1(v6 + 256)
print(r13)
alias14 = v11
print(alias14 is v11, id(alias14) == id(v11))
print(type(v10).__name__)
r15 = f1(v6 % 2)
print(r15)
v16 = [v6 ** 2, v6 // 7, -v6]
t17 = "b"
t18 = id(t17)
del t17
t19 = v10.replace("l", "L")
print(id(t19) == t18)
def g1(n):
    for i in range(n):
        yield i * 1
del r15
v20 = dict(k0=141, k1=len(t19), k2=len(t19), k3=v6 ** 2, k4=v6 // -4)
def g2(n):
    for i in range(n):
        yield i * 1
print(list(g1(4)))
print(sys.getsizeof(v20))
acc21 = []
for i in range(9):
    acc21.append([i])
print(len(acc21), acc21[-3:])
r22 = f1(53)
print(r22)
if 1 in v20:
    del v20[1]
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(type(acc12).__name__)
print(gc.collect())
