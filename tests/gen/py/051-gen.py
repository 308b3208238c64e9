# gen.py 51 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v1 = C1(-36655)
v2 = 0.0
print(gc.is_tracked(v2))
print(sys.getsizeof(v2))
def g1(n):
    for i in range(n):
        yield i * 2
v3 = C1(49)
print(gc.collect())
print(sys.getsizeof(v3))
v4 = {i % 4 for i in range(30)}
del v2
print(len(gc.get_referents(v3)))
del v1
acc5 = []
for i in range(17):
    acc5.append((i, i))
print(len(acc5), acc5[-3:])
alias6 = acc5
print(alias6 is acc5, id(alias6) == id(acc5))
print(gc.is_tracked(alias6))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v7 = {"k0": repr(acc5)}
del v7
del v4
alias8 = acc5
print(alias8 is acc5, id(alias8) == id(acc5))
r9 = f1(1904149596)
print(r9)
print(sys.getrefcount(alias6))
print(sys.getsizeof(alias6))
v10 = set()
r11 = f1(95398)
print(r11)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
r12 = f1(137)
print(r12)
v13 = {i % 6 for i in range(10)}
print(sum(x * x for x in range(13)))
x1 = -6
x2 = -6
print(x1 is x2)
v14 = "-".join(str(e) for e in acc5)
print(sys.getsizeof(v3))
x1 = 1000
x2 = 1000
print(x1 is x2)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
v15 = ("tab\t", 247.85, 45245504, -2.25, -2.25, 3.141592653589793)
v16 = C1(10000000000000000000000302)
v17 = 3.141592653589793
r18 = f1(400000000000000000000686)
print(r18)
print(gc.collect())
