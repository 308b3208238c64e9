# gen.py 18 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1, p2=3):
    acc = [p0, p1, p2]
    return acc
def g1(n):
    for i in range(n):
        yield i * 4
r1 = f1(90943, 3000000000000000000000000000000173, 182)
print(r1)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del r1
try:
    print(5 // 0)
except Exception as e:
    print(type(e).__name__, e)
v2 = set()
print(18 in v2)
x1 = "abc"
x2 = "abc"
print(x1 is x2)
alias3 = v2
print(alias3 is v2, id(alias3) == id(v2))
del v2
del alias3
print(sum(g1(6)), max(g1(3), default=-1))
print(gc.collect())
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
v4 = bytes(15)
v5 = [i * 6 for i in range(8)]
print(sum(g1(1)), max(g1(3), default=-1))
v5.extend(range(6))
acc6 = []
i = 0
while i < 4:
    if i % 5 == 0:
        acc6.append(i)
    i += 1
print(len(acc6), acc6[-3:])
c7 = make_counter1()
print(c7(), c7(6), c7())
acc6.extend(range(6))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v8 = set()
o9 = C1(900000000000000000000000000000000000000000000000000847)
o10 = C1(2000000000000000787)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
print(sys.getrefcount(v8))
if acc6:
    acc6[0] = repr(acc6)
v5 = v5 + [len(acc6)]
print(5 in v8)
t11 = ()
t12 = id(t11)
del t11
t13 = tuple(v5)
print(id(t13) == t12)
v14 = ("a-b-c", 406.89)
acc15 = []
for i, x in enumerate([3, 1, 2]):
    if i > 0:
        break
    acc15.append((i, x))
else:
    acc15.append(None)
print(len(acc15), acc15[-3:])
print(gc.is_tracked(t13))
v14 = (-21530,)
print(gc.collect())
