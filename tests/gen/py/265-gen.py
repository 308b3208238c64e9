# gen.py 265 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
class C2:
    kind = "spam eggs"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    for i in range(2):
        acc.append(i)
    return acc
acc1 = []
for i in range(14):
    acc1.append(str(i))
print(len(acc1), acc1[-3:])
del acc1
v2 = [79291523, 170, 201, 187, 1624662475, 109]
v3 = (110, "", 70000000000000000000167, 2.5e-3)
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
v4 = (600000000000000000000000000000000000000000000000000155, 3.141592653589793)
print(v2)
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v3))
print(v4)
v5 = 3.141592653589793
if v2:
    v2[0] = "abc123"
v2.insert(-1, -11549)
def g1(n):
    for i in range(n):
        yield i * 2
v2.insert(-2, 70000000000000000000000000000000000000000000000000371)
print(len(gc.get_referents(v3)))
print(sys.getsizeof(v2))
alias6 = v4
print(alias6 is v4, id(alias6) == id(v4))
r7 = f1(400000000000000000000000000000000000000000426)
print(r7)
v2.reverse()
alias8 = v5
print(alias8 is v5, id(alias8) == id(v5))
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
print(v3)
v9 = [200000000000000000000000000738, len(alias6), 44397, len(alias6)]
print(alias8)
if v9:
    v9[0] = "-".join(str(e) for e in v3)
print(gc.is_tracked(v9))
o10 = C2(len(v3))
o11 = C2(113)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
it12 = g1(2)
print(type(it12).__name__)
print(sys.getsizeof(it12))
for v in it12:
    print(v)
print(type(v5).__name__)
print(sum(x * x for x in range(5)))
v9.insert(3, -15202)
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
del v9
acc13 = []
for i in range(9):
    acc13.append(i)
print(len(acc13), acc13[-3:])
o14 = C1(600000000000000000000000000000000000000000000000000000210)
o15 = C1(6551)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
print(gc.collect())
