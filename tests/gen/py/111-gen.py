# gen.py 111 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "中文"
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
    acc = tuple(acc)
    return acc
def g1(n):
    for i in range(n):
        yield i * 2
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r1 = f1(49820, 100000000000000000000000000000000000694, 1939770395)
print(r1)
acc2 = []
i = 0
while i < 2:
    if i % 2 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
print(len(acc2))
r3 = f1(251, 210, -97185)
print(r3)
del acc2
try:
    print(undefined_name_9)
except Exception as e:
    print(type(e).__name__, e)
v4 = 80000000000000000000000000000000000000000000000000597
v5 = {55: -77642, -20: v4 // 2, 253: -v4, 4: v4 + 98882}
v6 = {86, 20, 70, 71}
del r1
print(v4 is v4 + 0, v4 == v4 + 0)
def g2(n):
    for i in range(n):
        yield i * 3
v7 = set()
del v7
print(v4)
print(sys.getsizeof(v4))
o8 = C1(v4 + 600000000000000000000000000000000358)
o9 = C1(41624)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
print(sys.getsizeof(v6))
print(sys.getsizeof(v5))
print(sum(x * x for x in range(3)))
v5.update({"k4": 0})
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
c10 = make_counter1()
print(c10(), c10(5), c10())
t11 = ()
t12 = id(t11)
del t11
t13 = ()
print(id(t13) == t12)
print(sys.getrefcount(v5))
print(gc.is_tracked(v4))
v14 = b"hello"
alias15 = v4
print(alias15 is v4, id(alias15) == id(v4))
print(gc.is_tracked(v14))
v16 = [[j] * 2 for j in range(4)]
r17 = f1(65655600, 92, alias15 % 97)
print(r17)
x1 = 1000
x2 = 1000
print(x1 is x2)
c18 = make_counter1()
print(c18(), c18(8), c18())
print(gc.collect())
