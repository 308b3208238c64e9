# gen.py 7 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=6):
    acc = [p0]
    return acc
v1 = [i * 7 for i in range(8)]
print(gc.collect())
print(sys.getsizeof(v1))
v2 = [55, len(v1), 806899909, 27]
o3 = C1(700000000000000000000000000000000000476)
o4 = C1(39548)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(len(gc.get_referents(o4)))
if v2:
    print(v2.pop())
o5 = C1(70000000000000000000000000775)
o6 = C1(245)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v7 = C2(2133201995)
r8 = f1(62398)
print(r8)
v9 = (2.5e-3, 22283, "café", "-".join(str(e) for e in v2))
r10 = f1(-18204)
print(r10)
x1 = ()
x2 = ()
print(x1 is x2)
v2.extend(range(2))
v11 = ""
print(o3.a, o3.total())
v12 = {73, 67, 35, 11, 83, 60}
def g1(n):
    for i in range(n):
        yield i * 1
r13 = f1(51915)
print(r13)
del r13
v1.extend(range(1))
print(type(v12).__name__)
v14 = {-20: 200000000000000000000000000000000000000628}
print(type(v11).__name__)
it15 = g1(4)
print(type(it15).__name__)
print(sys.getsizeof(it15))
for v in it15:
    print(v)
v16 = 0.1
v17 = -2.25
print(len(v14))
v18 = C2(-68204)
if v2:
    v2[0] = "  pad  "
print(sys.getrefcount(o4))
del r8
v19 = len(v11)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
if "k2" in v14:
    del v14["k2"]
v1 = v2[:]
print(gc.collect())
