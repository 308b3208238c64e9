# gen.py 142 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
v1 = 100.0
o2 = C1(45)
o3 = C1(600000000000000000000927)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 1
print(v1)
r4 = f1(52599, -93451)
print(r4)
v5 = 300000000000000000000000000000000000755
v6 = ""
print(sys.getsizeof(v1))
print(sys.getsizeof(v6))
v7 = [v5 * 4, v5 % 10]
print(v5)
v8 = {i % 7 for i in range(30)}
del v1
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del r4
v9 = v6 + "€"
t10 = tuple(v7)
t11 = id(t10)
del t10
t12 = (float(v5), "b")
print(id(t12) == t11)
print(len(gc.get_referents(t12)))
print(len(v8))
del v6
v7 = [[j] * 2 for j in range(2)]
v13 = v8 ^ v8
print(sys.getrefcount(v13))
print(type(v9).__name__)
alias14 = v7
print(alias14 is v7, id(alias14) == id(v7))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
r15 = f1(v5 * 2, 63)
print(r15)
o16 = C2(v5 + -93614)
o17 = C2(-v5)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
v13.discard(27)
print(len(alias14))
alias18 = o17
print(alias18 is o17, id(alias18) == id(o17))
x1 = 256
x2 = 256
print(x1 is x2)
print(sys.getsizeof(v8))
v19 = C1(len(v9))
print(sys.getsizeof(v7))
print(20 in v13)
if alias14:
    alias14[0] = "Hello World"
v20 = 2.5e-3
print(len(gc.get_referents(alias14)))
print(gc.collect())
