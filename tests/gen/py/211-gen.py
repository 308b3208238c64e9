# gen.py 211 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v11 = b"a"
acc5.reverse()
print(acc3)
print(sum(g1(1)), max(g1(1), default=-1))
v12 = (400000000000000000000000000000000000000000000915, 2071315886, "中文")
v13 = 500000000000000000400
r14 = f1(v13 + 96, v13 + 1652020535, -v13)
print(r14)
print(acc5)
r15 = f1(len(acc5), v13 + 33036, -v13)
print(r15)
acc3.insert(2, 600000000000000000000000000000000721)
print(gc.is_tracked(v12))
print(len(gc.get_referents(v12)))
acc3.reverse()
print(len(v11))
v16 = v1 + "line\n"
v12 = tuple(acc3)
v16 = str(v13)
del v11
acc5.append(17169)
r17 = f1(25031484, 574318809, v13 % 5)
print(r17)
del v12
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(gc.collect())
