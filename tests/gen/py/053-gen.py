# gen.py 53 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "tab\t"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(1):
        acc.append(i)
    return acc
v1 = "xxxxx"
print(type(v1).__name__)
print(type(v1).__name__)
v2 = {8: 20339, 263: 57853, 59: 800000000000000000000000000000934, 156: 35}
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v3 = -72119
v4 = {i % 3 for i in range(26)}
print(sys.getsizeof(v3))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(len(v4))
print(type(v4).__name__)
o5 = C1(v3 ** 2)
o6 = C1(v3 ** 2)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 4
print(sys.getsizeof(v4))
print(type(v3).__name__)
print(sys.getsizeof(v4))
acc7 = []
for i in range(7):
    acc7.append(str(i))
print(len(acc7), acc7[-3:])
x1 = 256
x2 = 256
print(x1 is x2)
print(len(v4))
acc8 = []
for i in range(3):
    acc8.append(str(i))
print(len(acc8), acc8[-3:])
print(gc.collect())
it9 = g1(3)
print(type(it9).__name__)
print(sys.getsizeof(it9))
for v in it9:
    print(v)
print(gc.is_tracked(acc8))
print(sys.getsizeof(acc7))
del v4
o10 = C1(11920)
o11 = C1(v3 ** 2)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
acc12 = []
i = 0
while i < 17:
    if i % 5 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
v13 = set()
print(v2.pop("k2", None))
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(gc.is_tracked(v2))
print(1 in v13)
print(sum(x * x for x in range(17)))
def g2(n):
    for i in range(n):
        yield i * 4
t14 = "-".join(str(e) for e in acc12)
t15 = id(t14)
del t14
t16 = "spam eggs"
print(id(t16) == t15)
alias17 = o11
print(alias17 is o11, id(alias17) == id(o11))
print(type(acc8).__name__)
v18 = set()
o19 = C1(v3 ** 2)
o20 = C1(len(v2))
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
del o19, o20
print(gc.collect())
print(sum(g2(7)), max(g2(3), default=-1))
print(gc.collect())
