# gen.py 175 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v13 = C1(29532)
v14 = {}
acc15 = []
i = 0
while i < 22:
    if i % 4 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
acc16 = []
i = 0
while i < 15:
    if i % 2 == 0:
        acc16.append(i)
    i += 1
print(len(acc16), acc16[-3:])
r17 = f1()
print(r17)
r18 = f1()
print(r18)
print(sys.getrefcount(v13))
if "k4" in alias7:
    del alias7["k4"]
alias19 = v4
print(alias19 is v4, id(alias19) == id(v4))
o20 = C2(154)
o21 = C2(700000000000000000000000000000000000000000000000000531)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
v10 = (v5 * 680.19, 50857, f"<{v5}>", f"<{v5}>")
c22 = make_counter1()
print(c22(), c22(1), c22())
t23 = (100.0, 161)
t24 = id(t23)
del t23
t25 = (39518,)
print(id(t25) == t24)
print(gc.is_tracked(acc16))
c26 = make_counter1()
print(c26(), c26(7), c26())
print(type(v14).__name__)
print(o21.a, o21.total())
v27 = {}
print(t25)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 5
acc28 = []
i = 0
while i < 13:
    if i % 3 == 0:
        acc28.append(i)
    i += 1
print(len(acc28), acc28[-3:])
x1 = 257
x2 = 257
print(x1 is x2)
v29 = "tab\t"
c30 = make_counter1()
print(c30(), c30(2), c30())
print(gc.collect())
