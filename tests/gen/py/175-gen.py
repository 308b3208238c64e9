# gen.py 175 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = "spam eggs"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    return acc
r1 = f1()
print(r1)
o2 = C1(-24596)
o3 = C1(80000000000000000000000000000000000000617)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
v4 = {"k0": 30431, "k1": 7000000000000000000000000000000000000000751, "k2": "€", "k3": 224, "k4": "spam eggs"}
print(type(v4).__name__)
v5 = 639.74
v6 = {i: i * i for i in range(0)}
alias7 = v4
print(alias7 is v4, id(alias7) == id(v4))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v5))
o8 = C2(72366)
o9 = C2(822728333)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
v10 = (-44841,)
o11 = C2(-4636)
o12 = C2(len(v4))
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
v13 = bytes(13)
print(v6)
print(len(gc.get_referents(alias7)))
o14 = C2(-56252)
o15 = C2(222)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
v16 = v13[1:]
if "k4" in v6:
    del v6["k4"]
alias17 = v4
print(alias17 is v4, id(alias17) == id(v4))
o18 = C2(154)
o19 = C2(700000000000000000000000000000000000000000000000000531)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
v20 = ("  pad  ", 50857)
if "k2" in alias7:
    del alias7["k2"]
try:
    print(undefined_name_2)
except Exception as e:
    print(type(e).__name__, e)
c21 = make_counter1()
print(c21(), c21(1), c21())
t22 = (-99500, 1.5)
t23 = id(t22)
del t22
t24 = ()
print(id(t24) == t23)
alias7["k2"] = -17680
print(type(o14).__name__)
print(o19.a, o19.total())
v25 = {}
print(v20)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 5
acc26 = []
i = 0
while i < 13:
    if i % 3 == 0:
        acc26.append(i)
    i += 1
print(len(acc26), acc26[-3:])
x1 = 257
x2 = 257
print(x1 is x2)
v27 = "tab\t"
v25["k3"] = 1355954962
print(gc.collect())
