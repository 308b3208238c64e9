# gen.py 194 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    return acc
acc1 = []
for i in range(11):
    acc1.append({i: i})
print(len(acc1), acc1[-3:])
v2 = "spam eggs"
def g1(n):
    for i in range(n):
        yield i * 5
v3 = {"k0": -93896}
print(type(v2).__name__)
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
acc4 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
print(sys.getrefcount(acc4))
del v2
acc5 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc5.append((i, x))
else:
    acc5.append(None)
print(len(acc5), acc5[-3:])
print(sys.getsizeof(acc4))
o6 = C1(-43226)
o7 = C1(73258)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
del v3
acc4.append(13921)
if acc1:
    acc1[0] = "a-b-c"
acc5.append(100000000000000000000000000000000000000000000000552)
v8 = "b"
r9 = f1(-90627, 70000000000000000000000000020, 186)
print(r9)
t10 = [[j] * 2 for j in range(4)]
t11 = id(t10)
del t10
t12 = [206, 946218866, 69430, 80000000000000000000820, 20, -1, 111, -27398]
print(id(t12) == t11)
print(list(g1(8)))
del acc1
print(acc5)
print(gc.collect())
x1 = 2.5
x2 = 2.5
print(x1 is x2)
v13 = set()
print(sorted(v13))
t12.extend(range(8))
def g2(n):
    for i in range(n):
        yield i * 5
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc5.append(-73934)
print(sys.getsizeof(v13))
print(sum(x * x for x in range(10)))
print(len(v8))
r14 = f1(126, -21853, 153)
print(r14)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v8))
print(sys.getsizeof(t12))
print(sum(g2(2)), max(g2(0), default=-1))
print(gc.collect())
