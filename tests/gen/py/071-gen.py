# gen.py 71 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1():
    acc = []
    acc = tuple(acc)
    return acc
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v1 = bytes(11)
v2 = {278: 159, 203: 5, 107: 121, 242: 76064}
print(v2)
v3 = -2.25
del v3
o4 = C2(len(v2))
o5 = C2(81717)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
r6 = f1()
print(r6)
x1 = -6
x2 = -6
print(x1 is x2)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o7 = C2(91)
o8 = C2(600000000000000000000000000000000000000000000000837)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
del o7, o8
print(gc.collect())
print(len(v1))
v9 = 8000000000000000000000000000000131
v10 = [[j] * 3 for j in range(3)]
print(sys.getsizeof(v10))
if v10:
    v10[0] = "abc123"
def g1(n):
    for i in range(n):
        yield i * 5
x1 = 1000
x2 = 1000
print(x1 is x2)
acc11 = []
for i in range(13):
    acc11.append([i])
print(len(acc11), acc11[-3:])
print(gc.is_tracked(v9))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
c12 = make_counter1()
print(c12(), c12(8), c12())
v13 = (float(v9), 0.0, "-".join(str(e) for e in acc11), float(v9), 1.5, float(v9))
c14 = make_counter1()
print(c14(), c14(7), c14())
print(sys.getrefcount(v10))
del v10
v15 = "xxxxxxxxxxx"
r16 = f1()
print(r16)
v2["k3"] = v9 + 9000000000000000028
v2 = {i: i * i for i in range(10)}
x1 = "abc"
x2 = "abc"
print(x1 is x2)
acc11.extend(range(9))
it17 = g1(1)
print(type(it17).__name__)
print(sys.getsizeof(it17))
for v in it17:
    print(v)
v18 = (v9 % 10, f"<{v9}>", 130, v9 % 97, float(v9), float(v9))
print(len(gc.get_referents(v18)))
print(v9 is v9 + 0, v9 == v9 + 0)
print(gc.is_tracked(v15))
v19 = "-".join(str(e) for e in acc11)
print(type(v2).__name__)
print(gc.collect())
