# gen.py 8 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "Hello World"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1():
    acc = []
    for i in range(1):
        acc.append(i)
    return acc
t1 = 0.1
t2 = id(t1)
del t1
t3 = 3.141592653589793
print(id(t3) == t2)
v4 = 1e10
del v4
v5 = ()
v6 = {8, 79, 2, 38, 25, 83, 6}
def g1(n):
    for i in range(n):
        yield i * 5
print(gc.is_tracked(v6))
v7 = -2.25
print(gc.is_tracked(v6))
acc8 = []
for i in range(4):
    acc8.append(i * 1000)
print(len(acc8), acc8[-3:])
v9 = {233: 848892378, 138: -69557, 241: 900000000000000000000000000000352, 104: 45245, 116: -33650, 132: 197}
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v10 = acc8 * 0
print(v9.pop("k4", None))
v11 = {i % 7 for i in range(2)}
print(v5)
v12 = 0.1
o13 = C1(66)
o14 = C1(86529)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
if 10 in v9:
    del v9[10]
print(gc.is_tracked(t3))
v15 = "b"
print(gc.is_tracked(v11))
del v6
acc8.append("中文")
v11.add(3)
print(sys.getsizeof(t3))
v16 = t3 * 0.0
acc17 = []
for i in range(16):
    acc17.append({i: i})
print(len(acc17), acc17[-3:])
o18 = C1(160)
o19 = C1(97768)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
del o18, o19
print(gc.collect())
o20 = C1(53063)
o21 = C1(len(v5))
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
del o20, o21
print(gc.collect())
if v10:
    v10[0] = "中文"
print(9 in v11)
print(sys.getsizeof(v9))
o22 = C1(-88864)
o23 = C1(245)
o22.other = o23
o23.other = o22
print(sys.getrefcount(o22), sys.getrefcount(o23))
alias24 = v9
print(alias24 is v9, id(alias24) == id(v9))
print(sys.getsizeof(v7))
print(gc.collect())
