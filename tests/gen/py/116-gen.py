# gen.py 116 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
class C2:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=9):
    acc = [p0]
    return acc
print(gc.collect())
r1 = f1(60000000000000000000000000000000000000000000000058)
print(r1)
v2 = bytes(17)
del r1
x1 = ()
x2 = ()
print(x1 is x2)
v3 = set(range(12))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
v4 = v3 - v3
print(gc.is_tracked(v4))
print(sorted(v4))
c5 = make_counter1()
print(c5(), c5(2), c5())
v6 = ()
print(sys.getsizeof(v2))
v7 = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
x1 = ()
x2 = ()
print(x1 is x2)
o8 = C1(149)
o9 = C1(60000000000000000000000354)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
print(sys.getsizeof(v4))
print(type(o9).__name__)
print(sys.getsizeof(o9))
v4.add(5)
print(gc.collect())
v7 = v7 + "spam eggs"
print(sys.getsizeof(o8))
def g1(n):
    for i in range(n):
        yield i * 4
print(sys.getsizeof(v6))
alias10 = v7
print(alias10 is v7, id(alias10) == id(v7))
print(gc.is_tracked(v2))
v4.discard(28)
v3.discard(50)
v11 = 1.5
print(16 in v4)
acc12 = []
i = 0
while i < 13:
    if i % 2 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
v4.add(27)
print(gc.collect())
