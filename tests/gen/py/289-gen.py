# gen.py 289 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "  pad  "
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(3):
        acc.append(i)
    return acc
v1 = set()
v2 = ""
v3 = 200000000000000000000000000000248
v4 = {48, 49, 30}
print(gc.is_tracked(v3))
v2 = v2 * 3
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
print(v3 is v3 + 0, v3 == v3 + 0)
o5 = C1(20000000000000000000000000000000000000000000347)
o6 = C1(v3 ** 4)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
v7 = v3 % 2
print(type(v2).__name__)
print(10 in v4)
v8 = -2.25
v1.discard(36)
try:
    print([1, 2, 3][7])
except Exception as e:
    print(type(e).__name__, e)
del v1
o9 = C2(v7 ** 4)
o10 = C2(207)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
v11 = v2 * 3
print(16 in v4)
del v4
def g1(n):
    for i in range(n):
        yield i * 2
print(gc.is_tracked(v11))
r12 = f1(len(v11), v7 + 63, -v3)
print(r12)
v13 = C2(v3 + 55732)
v14 = v7 % 97
print(type(o10).__name__)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v15 = C1(len(v2))
v2 = f"<{v7}>"
print(sum(g1(7)), max(g1(3), default=-1))
v16 = v7 / 3
r17 = f1(-v7, v14 * 2, v14 ** 5)
print(r17)
print(list(g1(3)))
print(v14)
v18 = {"k0": v11 * 4}
print(sys.getrefcount(o10))
print(v7 is v7 + 0, v7 == v7 + 0)
print(gc.collect())
