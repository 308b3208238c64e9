# gen.py 61 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v2 = 345.3
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
v4 = {i: i * i for i in range(8)}
print(sys.getsizeof(v1))
print(sys.getsizeof(v1))
v4["k3"] = [-55639, 196]
del v1
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v4))
it5 = g1(2)
print(type(it5).__name__)
print(sys.getsizeof(it5))
for v in it5:
    print(v)
print(14 in v3)
r6 = f1(86, 101578445)
print(r6)
print(6 in v3)
print(sys.getsizeof(v4))
acc7 = []
i = 0
while i < 10:
    if i % 2 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
print(type(v3).__name__)
v8 = "-".join(str(e) for e in acc7)
v9 = ()
def g2(n):
    for i in range(n):
        yield i * 3
v8 = v8.replace("l", "L")
acc10 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc10.append((i, x))
else:
    acc10.append(None)
print(len(acc10), acc10[-3:])
v3.add(8)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(type(v8).__name__)
c11 = make_counter1()
print(c11(), c11(1), c11())
del v8
r12 = f1(-61902, 500000000000000000000000000000000000000000000000000000000551)
print(r12)
o13 = C1(24182)
o14 = C1(len(acc10))
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
v15 = "a-b-c"
if acc10:
    print(acc10.pop())
print(len(acc7))
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v3))
r16 = f1(92, 9000000000000000000000000000000000000000000000000030)
print(r16)
print(gc.collect())
