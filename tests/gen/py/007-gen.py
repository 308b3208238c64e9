# gen.py 7 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v7 = {}
del v7
r8 = f1(62398)
print(r8)
v9 = (2.5e-3, 22283, "café", "-".join(str(e) for e in v2))
r10 = f1(-18204)
print(r10)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
c11 = make_counter1()
print(c11(), c11(3), c11())
v12 = ""
print(o3.a, o3.total())
v13 = {73, 67, 35, 11, 83, 60}
def g1(n):
    for i in range(n):
        yield i * 1
r14 = f1(51915)
print(r14)
del r10
v2 = v1[:]
o15 = C1(72)
o16 = C1(181)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
v17 = v2 + [len(v9)]
del v2
o15 = C2(11514)
print(gc.is_tracked(o16))
print(v17)
print(len(v17))
v18 = 84525
print(len(v17))
print(gc.is_tracked(v13))
print(sys.getsizeof(v17))
x1 = 257
x2 = 257
print(x1 is x2)
print(gc.is_tracked(o15))
print(sys.getsizeof(v9))
print(gc.collect())
