# gen.py 211 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "snake_case"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "Hello World"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
v1 = "spam eggs"
try:
    print(9 // 0)
except Exception as e:
    print(type(e).__name__, e)
r2 = f1(236, 272196781, 28252)
print(r2)
print(sys.getsizeof(v1))
acc3 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc3.append((i, x))
else:
    acc3.append(None)
print(len(acc3), acc3[-3:])
v4 = (69946, "ü", 700000000000000000000000000000000000000000000000000000000666, 100.0)
acc3.insert(-2, -74877)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(len(gc.get_referents(acc3)))
acc5 = []
for i in range(1):
    acc5.append({i: i})
print(len(acc5), acc5[-3:])
t6 = v1[1:6]
t7 = id(t6)
del t6
t8 = v1 + "Hello World"
print(id(t8) == t7)
print(type(acc3).__name__)
def g1(n):
    for i in range(n):
        yield i * 5
r9 = f1(5000000000000000000000000000000000000000000000000386, -75008, 82664)
print(r9)
it10 = g1(4)
print(type(it10).__name__)
print(sys.getsizeof(it10))
for v in it10:
    print(v)
del acc5[:0]
print(sys.getsizeof(acc5))
v11 = C2(220)
print(len(gc.get_referents(v4)))
print(gc.is_tracked(v1))
del acc5[:3]
v12 = 1e10
v13 = "hello"
del v4
o14 = C2(246)
o15 = C2(7000000000000000000000000000000000000000000000000000000000047)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
v16 = {i % 5 for i in range(1)}
print(gc.is_tracked(o14))
v17 = "a"
o18 = C2(122)
o19 = C2(40000000000000000000000000000000000728)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
del o18, o19
print(gc.collect())
v20 = len(acc5)
acc5.insert(-1, v20 + 8000000000000000000000000000000000000276)
try:
    print(7 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
acc21 = []
for i in range(12):
    acc21.append({i: i})
print(len(acc21), acc21[-3:])
print(sys.getsizeof(v12))
v22 = v1 + "line\n"
v23 = ()
v24 = dict(k0=90, k1=700000000000000000000000000000000000000000000071)
if acc21:
    print(acc21.pop())
print(gc.collect())
