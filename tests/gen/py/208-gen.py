# gen.py 208 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2=2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
t1 = 3.141592653589793
t2 = id(t1)
del t1
t3 = -2.25
print(id(t3) == t2)
v4 = b"a"
def g1(n):
    for i in range(n):
        yield i * 2
print(t3)
print(type(t3).__name__)
print(gc.is_tracked(v4))
v5 = {257: 213, 226: 4966, 252: 119, 54: 90000000000000000000000000000000000000398, 68: 800000000000000000316, 213: 92}
v6 = v4[1:]
v7 = [[j] * 1 for j in range(3)]
print(gc.is_tracked(v4))
if "k0" in v5:
    del v5["k0"]
del v4
del v6
print(sys.getsizeof(t3))
del t3
acc8 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
print(sys.getrefcount(v7))
v9 = "b"
v10 = 100.0
del acc8
print(gc.is_tracked(v7))
print(v10)
c11 = make_counter1()
print(c11(), c11(4), c11())
try:
    print(4 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
if "k0" in v5:
    del v5["k0"]
v12 = (len(v5), 8000000000000000000000000000000000000000000000000166, -25689, repr(v7), 200000000000000000000000000000000000000000000000000758)
print(list(g1(5)))
x1 = 1000
x2 = 1000
print(x1 is x2)
it13 = g1(2)
print(type(it13).__name__)
print(sys.getsizeof(it13))
for v in it13:
    print(v)
r14 = f1(124, 1380083383, 30650)
print(r14)
acc15 = []
i = 0
while i < 21:
    if i % 2 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
v16 = C2(40000000000000000000000000000911)
if "k4" in v5:
    del v5["k4"]
print(gc.is_tracked(v9))
print(type(v16).__name__)
print(type(v16).__name__)
print(gc.collect())
