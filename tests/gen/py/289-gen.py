# gen.py 289 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v3 = C1(200000000000000000000000000000248)
v4 = {48, 49, 30}
print(sys.getrefcount(v3))
v2 = v2 * 3
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v1))
r5 = f1(-10106, 36, 112)
print(r5)
v6 = bytes(4)
print(10 in v4)
v7 = 3.141592653589793
v8 = {i: i * i for i in range(12)}
try:
    print([1, 2, 3][7])
except Exception as e:
    print(type(e).__name__, e)
del v1
o9 = C2(-37553)
o10 = C2(207)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
v11 = v2 * 3
v8.update({"k4": 2})
print(sys.getsizeof(o10))
o12 = C1(len(v11))
o13 = C1(1829693715)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
try:
    print(1 // 0)
except Exception as e:
    print(type(e).__name__, e)
v14 = ["  pad  ", "café", 2.5e-3, 190]
r15 = f1(-22406, 163, 115)
print(r15)
def g1(n):
    for i in range(n):
        yield i * 5
v16 = [[j] * 2 for j in range(1)]
try:
    print(8 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v14.reverse()
v17 = {"k0": 122}
v18 = {124: 77, 177: len(v11), 272: 700000000000000000000000000000000000000000319, 191: 600000000000000000000000000000000937, 245: 31668, 62: 168}
print(type(v17).__name__)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
o19 = C1(-48418)
o20 = C1(400000000000000000000000205)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
print(type(v3).__name__)
o21 = C2(55)
o22 = C2(25)
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
del o21, o22
print(gc.collect())
print(sys.getsizeof(v17))
alias23 = v4
print(alias23 is v4, id(alias23) == id(v4))
print(gc.collect())
