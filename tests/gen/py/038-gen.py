# gen.py 38 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "xxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1=5):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
o1 = C1(3000000000000000000000000000000000000000000539)
o2 = C1(189)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = C1(60)
v4 = -2.25
acc5 = []
i = 0
while i < 15:
    if i % 4 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
print(sys.getsizeof(v4))
try:
    print(undefined_name_2)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(2 // 0)
except Exception as e:
    print(type(e).__name__, e)
t6 = [172, 188, 20000000000000000000000000612, 8000000000000000148, 130]
t7 = id(t6)
del t6
t8 = list(range(5))
print(id(t8) == t7)
try:
    print(1 // 0)
except Exception as e:
    print(type(e).__name__, e)
r9 = f1(len(t8), 24513)
print(r9)
x1 = ()
x2 = ()
print(x1 is x2)
v4 = 709.56
acc10 = []
i = 0
while i < 8:
    if i % 5 == 0:
        acc10.append(i)
    i += 1
print(len(acc10), acc10[-3:])
r11 = f1(201, 1391478691)
print(r11)
o12 = C2(119)
o13 = C2(1331627991)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
print(acc10)
acc5.insert(1, 7000000000000000000000000000000000000000000000645)
print(type(v4).__name__)
print(len(gc.get_referents(t8)))
v14 = repr(v4)
v15 = -43251
print(sys.getsizeof(v14))
v16 = {i % 8 for i in range(30)}
print(sys.getsizeof(acc5))
del t8[:3]
def g1(n):
    for i in range(n):
        yield i * 3
print(type(acc10).__name__)
acc17 = []
for i in range(22):
    acc17.append(i)
print(len(acc17), acc17[-3:])
print(9 in v16)
print(sys.getsizeof(acc5))
print(v3.a, v3.total())
acc5 = acc10 * 0
print(gc.is_tracked(v3))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v18 = {i % 1 for i in range(5)}
print(gc.collect())
