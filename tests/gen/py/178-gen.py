# gen.py 178 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    return acc
v1 = C1(136)
print(sys.getsizeof(v1))
v2 = 1e10
def g1(n):
    for i in range(n):
        yield i * 1
v3 = {70, 41, 8, -2, 17}
v1 = C1(79659)
print(13 in v3)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getrefcount(v3))
print(sys.getsizeof(v2))
acc4 = []
i = 0
while i < 1:
    if i % 4 == 0:
        acc4.append(i)
    i += 1
print(len(acc4), acc4[-3:])
print(len(gc.get_referents(acc4)))
v5 = C1(5000000000000000000000000547)
o6 = C1(237)
o7 = C1(35)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
print(o6.a, o6.total())
v8 = str(v2)
v9 = {i: i * i for i in range(6)}
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(type(v1).__name__)
print(list(g1(4)))
v3.discard(15)
print(type(o6).__name__)
alias10 = o7
print(alias10 is o7, id(alias10) == id(o7))
print(gc.is_tracked(alias10))
print(len(v3))
v11 = 3.141592653589793
c12 = make_counter1()
print(c12(), c12(8), c12())
v9.update({"k5": 6})
o13 = C1(154)
o14 = C1(500000000000000000000154)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
x1 = "abc"
x2 = "abc"
print(x1 is x2)
v9 = {i: i * i for i in range(10)}
v15 = C1(60000000000000000277)
del v1
x1 = 1000
x2 = 1000
print(x1 is x2)
o16 = C1(153)
o17 = C1(len(v9))
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
v18 = C1(169)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
