# gen.py 300 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
class C2:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2=9):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
def g1(n):
    for i in range(n):
        yield i * 2
v1 = C1(38282)
print(v1.a, v1.total())
v2 = 1e10
v3 = "ü"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sum(g1(6)), max(g1(1), default=-1))
print(sys.getrefcount(v1))
v4 = b"hello"
c5 = make_counter1()
print(c5(), c5(2), c5())
v6 = (1.5, -2.25, 300000000000000000000000000000000000000000000000000371)
v2 = 907.65
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
r7 = f1(91, 57, 80000000000000000000000000000000000868)
print(r7)
v1 = C2(-68425)
print(len(v4))
v6 = (0.0, 88178, 1e10)
it8 = g1(1)
print(type(it8).__name__)
print(sys.getsizeof(it8))
for v in it8:
    print(v)
o9 = C2(len(v6))
o10 = C2(len(v6))
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
print(type(v2).__name__)
v2 = v2 * 148.13
t11 = (v3 * 3, v3.replace("l", "L"))
t12 = id(t11)
del t11
t13 = ()
print(id(t13) == t12)
print(gc.is_tracked(v3))
v14 = [1035034715]
acc15 = []
for i in range(15):
    acc15.append(i)
print(len(acc15), acc15[-3:])
acc15.extend(range(2))
alias16 = acc15
print(alias16 is acc15, id(alias16) == id(acc15))
v17 = -11297
alias16.insert(1, v17 % 10)
print(len(alias16))
del alias16
v18 = v17 + 37
print(v4)
v19 = {i % 8 for i in range(2)}
v19.add(25)
alias20 = v17
print(alias20 is v17, id(alias20) == id(v17))
print(type(alias20).__name__)
r21 = f1(v18 ** 3, alias20 % 10, 300000000000000000000000000000000000000000000000000000000879)
print(r21)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
print(gc.collect())
