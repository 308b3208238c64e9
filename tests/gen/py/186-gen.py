# gen.py 186 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1):
    acc = [p0, p1]
    return acc
v1 = -61863
print(gc.collect())
x1 = "abc"
x2 = "abc"
print(x1 is x2)
v2 = 0.0
def g1(n):
    for i in range(n):
        yield i * 1
x1 = 257
x2 = 257
print(x1 is x2)
v3 = "tab\t"
print(gc.is_tracked(v2))
acc4 = []
i = 0
while i < 16:
    if i % 3 == 0:
        acc4.append(i)
    i += 1
print(len(acc4), acc4[-3:])
v5 = set(range(12))
print(sys.getsizeof(v2))
acc6 = []
for i in range(5):
    acc6.append([i])
print(len(acc6), acc6[-3:])
print(len(v5))
del acc6
print(sorted(v5))
v5 = {i % 6 for i in range(2)}
print(gc.is_tracked(v3))
r7 = f1(31, v1 // 2)
print(r7)
v8 = v1 // 1
v9 = 74
print(v1)
print(gc.is_tracked(v9))
del acc4
print(v9 is v9 + 0, v9 == v9 + 0)
v10 = 2045951899
v11 = {104: v8 ** 4, 275: v1 + 7000000000000000517, 261: v1 ** 3, -18: v8 + -92844, 31: v10 + 237, 244: len(v3), 229: 518723901}
v12 = (v3 + "a-b-c", v1 + -23288)
v12 = ()
v13 = set(range(4))
print(gc.is_tracked(v8))
print(7 in v5)
v14 = v3 * 2
print(type(v13).__name__)
v13.discard(28)
print(gc.is_tracked(v3))
o15 = C1(len(v14))
o16 = C1(v8 + -90645)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
del v12
acc17 = []
for i in range(12):
    acc17.append(str(i))
print(len(acc17), acc17[-3:])
o18 = C2(v10 * 5)
o19 = C2(v1 ** 3)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
del o18, o19
print(gc.collect())
print(gc.collect())
