# gen.py 104 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "  pad  "
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    for i in range(1):
        acc.append(i)
    return acc
v1 = "snake_case"
v2 = [53941, 9000000000000000000000000000000264, 167787917, 58, -73859]
v3 = {28: 9000000000000000000000000000000000000000000000647, 47: 86}
print(sys.getsizeof(v1))
v2.extend(range(7))
print(sys.getsizeof(v1))
r4 = f1(31)
print(r4)
v5 = v1 * 0
t6 = ()
t7 = id(t6)
del t6
t8 = ()
print(id(t8) == t7)
del v5
def g1(n):
    for i in range(n):
        yield i * 5
try:
    print(undefined_name_0)
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
print(type(v1).__name__)
del r4
v9 = 1.5
o10 = C1(718853917)
o11 = C1(208)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
print(sys.getsizeof(v2))
v2.extend(range(1))
print(gc.is_tracked(v2))
print(type(o11).__name__)
print(gc.collect())
print(o10.a, o10.total())
if v2:
    v2[0] = v1.replace("l", "L")
v12 = 3.141592653589793
v13 = b"a"
o14 = C1(len(v1))
o15 = C1(252)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
r16 = f1(5000000000000000000000000000000000000000000907)
print(r16)
t8 = (1.5, "snake_case")
v17 = {28: -62094, 198: 114, 57: 49}
v18 = {99, 21, 26, 100}
x1 = 256
x2 = 256
print(x1 is x2)
v2 = [0.1]
x1 = 1000
x2 = 1000
print(x1 is x2)
try:
    print(9 // 0)
except Exception as e:
    print(type(e).__name__, e)
v18 = {6, 48, 42, 89}
t19 = v1.replace("l", "L")
t20 = id(t19)
del t19
t21 = v1.replace("l", "L")
print(id(t21) == t20)
print(sys.getrefcount(v17))
print(gc.collect())
