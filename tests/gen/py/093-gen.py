# gen.py 93 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2=2):
    acc = [p0, p1, p2]
    for i in range(4):
        acc.append(i)
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o1 = C2(31)
o2 = C2(241)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
o3 = C2(237)
o4 = C2(23)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
del o3, o4
print(gc.collect())
v5 = 1e10
print(gc.is_tracked(v5))
v6 = f"<{v5}>"
v7 = C2(300000000000000000000000000000000000000000000000000000000550)
print(sys.getsizeof(v7))
o8 = C1(151)
o9 = C1(210)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
v10 = C1(-18020)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v11 = (v6.swapcase(), 0.0)
print(len(gc.get_referents(v11)))
print(sys.getsizeof(v10))
print(v6)
print(sys.getsizeof(v5))
alias12 = v6
print(alias12 is v6, id(alias12) == id(v6))
x1 = 1000
x2 = 1000
print(x1 is x2)
v13 = {i: i * i for i in range(0)}
def g1(n):
    for i in range(n):
        yield i * 5
o14 = C1(len(v6))
o15 = C1(140)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
v16 = C2(68)
t17 = -2.25
t18 = id(t17)
del t17
t19 = 487.24
print(id(t19) == t18)
r20 = f1(7000000000000000000789, -5, 15914)
print(r20)
v21 = [157, len(v11), len(v11), 24071, 88, 39, 136, 138, 128]
print(gc.is_tracked(v16))
print(sys.getsizeof(v5))
try:
    print(9 // 0)
except Exception as e:
    print(type(e).__name__, e)
if "k5" in v13:
    del v13["k5"]
t22 = {i: i * i for i in range(0)}
t23 = id(t22)
del t22
t24 = {i: i * i for i in range(9)}
print(id(t24) == t23)
del v5
print(len(gc.get_referents(v21)))
print(t24)
v25 = [i * 7 for i in range(7)]
print(t24)
v26 = 185
print(gc.collect())
