# gen.py 61 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1=0):
    acc = [p0, p1]
    return acc
v1 = {i: i * i for i in range(6)}
print(sys.getrefcount(v1))
v2 = C1(-3714)
v3 = {89, 38, 51, 35, 74}
def g1(n):
    for i in range(n):
        yield i * 2
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v2))
print(type(v1).__name__)
v4 = C2(700000000000000000000870)
v5 = set(range(14))
v6 = set(range(19))
print(v1.get(6), list(v1.keys())[:3])
print(v2.a, v2.total())
v6.add(43)
print(sys.getsizeof(v6))
it7 = g1(2)
print(type(it7).__name__)
print(sys.getsizeof(it7))
for v in it7:
    print(v)
print(14 in v3)
r8 = f1(86, 101578445)
print(r8)
print(6 in v3)
print(sys.getsizeof(v5))
acc9 = []
i = 0
while i < 10:
    if i % 2 == 0:
        acc9.append(i)
    i += 1
print(len(acc9), acc9[-3:])
print(type(acc9).__name__)
print(type(v1).__name__)
v6.add(20)
v10 = ()
def g2(n):
    for i in range(n):
        yield i * 3
v11 = "ü"
acc12 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
if acc12:
    acc12[0] = v11 + "tab\t"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v6.add(32)
v13 = 60000000000000000000000000000000000000000000899
c14 = make_counter1()
print(c14(), c14(5), c14())
v15 = C1(len(acc9))
print(sys.getsizeof(v5))
acc16 = []
for i in range(24):
    acc16.append(str(i))
print(len(acc16), acc16[-3:])
t17 = ()
t18 = id(t17)
del t17
t19 = ()
print(id(t19) == t18)
o20 = C2(len(acc9))
o21 = C2(-v13)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
r22 = f1(v13 * 4, v13 // -4)
print(r22)
v23 = [v13 // 7, v13 // 1, -v13, 50595, v13 // 3, -v13, 155, v13 + 152240686]
print(gc.collect())
