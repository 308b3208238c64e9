# gen.py 160 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    return acc
t1 = 1.5
t2 = id(t1)
del t1
t3 = 0.0
print(id(t3) == t2)
acc4 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
print(gc.is_tracked(acc4))
print(t3)
o5 = C1(2000000000000000000000000000153)
o6 = C1(-60368)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
v7 = {42, -3, 85, 64, 85}
v8 = b"zzzzzzz"
o9 = C1(-3883)
o10 = C1(len(acc4))
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
o5 = C1(2000000000000000000000000000000000000000000000000000000000028)
r11 = f1(256, 89)
print(r11)
r12 = f1(673573329, len(acc4))
print(r12)
v7.discard(18)
v13 = (0.1, t3 * 1e10, -31334, 785126587)
v13 = tuple(acc4)
def g1(n):
    for i in range(n):
        yield i * 3
print(sys.getsizeof(v7))
o14 = C1(80000000000000000166)
o15 = C1(-84835)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
print(gc.is_tracked(o6))
print(sys.getsizeof(v13))
v16 = {i: i * i for i in range(3)}
print(type(o5).__name__)
v16 = {111: 2, 175: 220}
print(sys.getsizeof(o15))
v17 = acc4[:]
print(sys.getrefcount(o14))
o18 = C1(41)
o19 = C1(len(v16))
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
o20 = C1(-15403)
o21 = C1(500000000000000000000000000000000000000000000890)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
print(sys.getrefcount(o21))
o22 = C1(602058035)
o23 = C1(22102)
o22.other = o23
o23.other = o22
print(sys.getrefcount(o22), sys.getrefcount(o23))
del o22, o23
print(gc.collect())
del acc4[:1]
v24 = bytes(12)
print(o15.a, o15.total())
v25 = acc4[:]
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
if v25:
    v25[0] = "snake_case"
v16 = {}
print(sys.getsizeof(o20))
del v8
del r12
print(gc.collect())
