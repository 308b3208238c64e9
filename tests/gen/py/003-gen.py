# gen.py 3 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(4):
        acc.append(i)
    return acc
v1 = C1(93)
del v1
v2 = "tab\t"
v3 = 0.0
v4 = (0.1, 13, 127, 431.64, 3.141592653589793, v2[2:3])
print(sys.getsizeof(v4))
print(v3)
v5 = C1(-8987)
v4 = (-94424, 1e10)
o6 = C1(-38479)
o7 = C1(168)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
v8 = {i % 8 for i in range(27)}
def g1(n):
    for i in range(n):
        yield i * 5
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
alias9 = v8
print(alias9 is v8, id(alias9) == id(v8))
x1 = 257
x2 = 257
print(x1 is x2)
print(sys.getsizeof(v5))
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
v10 = set(range(12))
def g2(n):
    for i in range(n):
        yield i * 3
r11 = f1(1197971220, 26, -33172)
print(r11)
print(sys.getsizeof(v8))
v8.discard(11)
print(8 in alias9)
print(sys.getsizeof(v10))
v12 = 65794
print(sys.getsizeof(v5))
print(sys.getrefcount(v10))
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
o13 = C1(v12 % 97)
o14 = C1(v12 * 2)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
print(sys.getsizeof(o14))
print(v5.a, v5.total())
v15 = [float(v12), 603.16, v2.replace("l", "L"), "spam eggs", 73509, -71541]
v4 = tuple(v15)
acc16 = []
for i in range(18):
    acc16.append(i)
print(len(acc16), acc16[-3:])
del acc16
v17 = str(v3)
acc18 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc18.append((i, x))
else:
    acc18.append(None)
print(len(acc18), acc18[-3:])
v19 = ()
print(gc.is_tracked(v3))
v20 = v2[0:9]
print(gc.collect())
