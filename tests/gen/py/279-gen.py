# gen.py 279 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "中文"
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
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
v1 = ""
print(sys.getsizeof(v1))
print(type(v1).__name__)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(v1)
print(sys.getsizeof(v1))
print(gc.is_tracked(v1))
v2 = (300000000000000000000000000000865, 700000000000000000803, "tab\t", "", 989.12)
v3 = {}
v1 = "中文"
print(gc.is_tracked(v2))
alias4 = v1
print(alias4 is v1, id(alias4) == id(v1))
t5 = "中文"
t6 = id(t5)
del t5
t7 = v1 + "a"
print(id(t7) == t6)
r8 = f1()
print(r8)
print(gc.is_tracked(v3))
def g1(n):
    for i in range(n):
        yield i * 2
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
del alias4
v9 = -45519
v10 = set(range(13))
del v2
v11 = C1(len(v1))
print(list(g1(3)))
print(sorted(v10))
print(sum(g1(4)), max(g1(0), default=-1))
v3.update({0: 8})
print(sys.getsizeof(v11))
x1 = 256
x2 = 256
print(x1 is x2)
del v10
t12 = ()
t13 = id(t12)
del t12
t14 = (75, v9 / 2)
print(id(t14) == t13)
print(type(t14).__name__)
o15 = C2(v9 // 2)
o16 = C2(-v9)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
v3 = {298: 2000000000000000000000000000000000000000000430, 10: -v9, 286: v9 // 7, 208: v9 * 6, 84: v9 + 5}
print(sys.getsizeof(v1))
r17 = f1()
print(r17)
print(gc.collect())
