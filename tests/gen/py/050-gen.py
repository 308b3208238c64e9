# gen.py 50 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
class C2:
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    for i in range(1):
        acc.append(i)
    return acc
v1 = 3.141592653589793
v2 = set(range(2))
v2.add(14)
v2.discard(44)
v3 = [[j] * 3 for j in range(1)]
print(sys.getsizeof(v3))
v4 = {49, 61, 99, 63, 99, 81, 11, 58}
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
t5 = ()
t6 = id(t5)
del t5
t7 = (1.5, len(v3), 19, -69506, "  pad  ")
print(id(t7) == t6)
v8 = {i: i * i for i in range(12)}
v9 = C1(len(t7))
print(sys.getsizeof(v2))
print(v1)
v10 = "a-b-c"
alias11 = v4
print(alias11 is v4, id(alias11) == id(v4))
print(len(gc.get_referents(v3)))
v9 = C2(300000000000000000000000000000875)
def g1(n):
    for i in range(n):
        yield i * 3
v4.add(9)
v12 = 100.0
v13 = v1 * 0.1
print(gc.is_tracked(t7))
o14 = C1(len(t7))
o15 = C1(147)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
v16 = C1(-95183)
print(sorted(alias11))
print(sys.getsizeof(v13))
print(sys.getsizeof(v10))
alias17 = alias11
print(alias17 is alias11, id(alias17) == id(alias11))
print(v10)
print(gc.is_tracked(v3))
alias11.add(1)
print(gc.is_tracked(v4))
del t7
try:
    print(undefined_name_7)
except Exception as e:
    print(type(e).__name__, e)
print(sum(g1(0)), max(g1(2), default=-1))
v3 = v3[:]
v18 = ("  pad  ", v1 * 2.5e-3, repr(v3))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
