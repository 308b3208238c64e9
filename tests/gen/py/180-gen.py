# gen.py 180 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
v1 = C1(56)
v2 = "xxxxxxxxx"
print(v2)
print(v1.a, v1.total())
v3 = (1.5, 120, "café", 213, "abc123", "line\n")
v1 = C1(len(v2))
print(len(v3))
v4 = (-97999, 252)
v1 = C1(10079)
print(sys.getsizeof(v1))
v5 = {i: i * i for i in range(9)}
v6 = []
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v3))
print(v3)
o7 = C1(-97673)
o8 = C1(5405)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
del o7
def g1(n):
    for i in range(n):
        yield i * 4
t9 = 100.0
t10 = id(t9)
del t9
t11 = 2.5e-3
print(id(t11) == t10)
v5.update({12: 6})
r12 = f1()
print(r12)
print(sum(x * x for x in range(19)))
print(sys.getsizeof(v4))
print(o8.a, o8.total())
print(type(v6).__name__)
o13 = C1(199)
o14 = C1(39)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
t15 = (6584,)
t16 = id(t15)
del t15
t17 = (1e10, 500000000000000000000294, v2.replace("l", "L"), 1.5, -50536)
print(id(t17) == t16)
o18 = C1(800000000000000000000000000000000437)
o19 = C1(38797)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
print(gc.is_tracked(o8))
if v6:
    print(v6.pop())
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v20 = "-".join(str(e) for e in v6)
o21 = C1(3000000000000000302)
o22 = C1(9000000000000000000000000000000000000000000000000000964)
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
alias23 = o22
print(alias23 is o22, id(alias23) == id(o22))
v6.insert(-1, 189)
t11 = 1e10
t11 = 3.141592653589793
v5[0] = "snake_case"
print(gc.is_tracked(v6))
print(gc.collect())
