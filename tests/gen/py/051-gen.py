# gen.py 51 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
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
    acc = {str(i): i for i in acc}
    return acc
v1 = C1(60000000000000000000000000000000000000000000000000000676)
print(gc.is_tracked(v1))
v2 = 0.0
print(gc.is_tracked(v2))
print(sys.getsizeof(v2))
def g1(n):
    for i in range(n):
        yield i * 2
v3 = bytes(15)
v4 = 0.0
acc5 = []
i = 0
while i < 6:
    if i % 2 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
del acc5
print(sys.getsizeof(v3))
del v1
v6 = {55}
it7 = g1(5)
print(type(it7).__name__)
print(sys.getsizeof(it7))
for v in it7:
    print(v)
r8 = f1(69529)
print(r8)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(sys.getsizeof(v2))
r9 = f1(1904149596)
print(r9)
print(sys.getsizeof(v4))
print(gc.is_tracked(v6))
v10 = C1(147)
v11 = "tab\t"
print(gc.is_tracked(v10))
r12 = f1(137)
print(r12)
v13 = {i % 6 for i in range(10)}
print(sum(x * x for x in range(13)))
x1 = -6
x2 = -6
print(x1 is x2)
v11 = str(v4)
x1 = 1000
x2 = 1000
print(x1 is x2)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
v14 = (-2.25, v11 * 3)
print(gc.collect())
print(type(v13).__name__)
v15 = 686561960
def g2(n):
    for i in range(n):
        yield i * 5
print(gc.collect())
