# gen.py 170 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "snake_case"
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
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = {68, 58, 10, 61, 39}
v2 = "xxxxxxxxxxxxxxxxxxxxxx"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v2)
r3 = f1(20000000000000000000000000000000000000593, 2)
print(r3)
v1.discard(4)
v1.add(21)
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
x1 = 256
x2 = 256
print(x1 is x2)
v1.add(10)
print(len(v1))
v4 = C1(10000000000000000000000000000000000000000000000731)
alias5 = v4
print(alias5 is v4, id(alias5) == id(v4))
alias5 = C1(115)
v6 = 349.82
v7 = C1(130)
print(gc.is_tracked(v6))
v4 = C1(-91415)
print(sys.getsizeof(v2))
v1 = set()
print(8 in v1)
print(4 in v1)
print(7 in v1)
print(type(v2).__name__)
print(sys.getsizeof(v4))
v8 = set()
print(sys.getrefcount(alias5))
v9 = v2 * 2
v10 = 3602
print(len(v8))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sorted(v8))
v11 = [v10 + -11147, v10 + -19537]
r12 = f1(v10 // 7, v10 % 5)
print(r12)
v13 = [v10 // 7, v2[2:4], 100.0, 1e10]
v14 = v8 - v1
o15 = C2(v10 * -2)
o16 = C2(-v10)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
v2 = str(v10)
v17 = (v10 / 2, v6 * 1e10, "  pad  ", len(v9), 0.0)
print(gc.collect())
