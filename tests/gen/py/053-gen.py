# gen.py 53 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v2 = C1(-7477)
v3 = C1(74)
r4 = f1(77876, 11, 239)
print(r4)
v5 = C1(191)
print(sys.getrefcount(v2))
v6 = {93: 600000000000000000000000000496, 82: len(v1), 196: 49762, 131: -30259}
print(type(v2).__name__)
o7 = C1(30266)
o8 = C1(600000000000000000000000778)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
del o7, o8
print(gc.collect())
r9 = f1(0, 349149485, -47377)
print(r9)
print(sys.getrefcount(v3))
o10 = C1(679361802)
o11 = C1(600000000000000000000063)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
v6[10] = [[j] * 3 for j in range(5)]
print(gc.is_tracked(v6))
print(v6.pop("k2", None))
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(sys.getsizeof(v1))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 1
o10 = C1(300000000000000000000000000000000000000528)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v12 = 70000000000000000000000000000516
v13 = {19, 12, 91, 64, 43}
del v2
o14 = C1(v12 ** 2)
o15 = C1(len(v1))
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
print(sum(g1(7)), max(g1(3), default=-1))
v16 = [-v12, v12 % 5]
print(o11.a, o11.total())
v6.update({4: 6})
v17 = 0.0
print(gc.is_tracked(v12))
v18 = [i * 8 for i in range(10)]
v16.extend(range(5))
o19 = C1(v12 + 47)
o20 = C1(-v12)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
del o19, o20
print(gc.collect())
alias21 = v1
print(alias21 is v1, id(alias21) == id(v1))
v22 = (7000000000000000000000000000000000000000000000000000000696,)
c23 = make_counter1()
print(c23(), c23(2), c23())
print(gc.collect())
