# gen.py 264 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "snake_case"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
o1 = C2(27988)
o2 = C2(-1401)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = 512.44
print(sys.getsizeof(v3))
o4 = C2(-7756)
o5 = C2(201)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
v6 = list(range(0))
v3 = 3.141592653589793
v7 = 1000000000000000000000000000000042
print(type(v7).__name__)
v7 = -10575
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v8 = C2(len(v6))
v8 = C2(157)
x1 = 257
x2 = 257
print(x1 is x2)
print(sys.getrefcount(v8))
del v8
print(v7 is v7 + 0, v7 == v7 + 0)
print(gc.is_tracked(v3))
c9 = make_counter1()
print(c9(), c9(8), c9())
v10 = ""
print(len(v6))
v11 = {i: i * i for i in range(10)}
v11[3] = v10 * 2
acc12 = []
i = 0
while i < 10:
    if i % 3 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
acc12.append("Hello World")
r13 = f1()
print(r13)
v7 = 46
v14 = dict(k0=v7 % 10)
print(gc.is_tracked(v11))
o15 = C2(v7 ** 2)
o16 = C2(-v7)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
o17 = C2(v7 * 6)
o18 = C2(-14115)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
v11.update({"k1": 1})
t19 = ()
t20 = id(t19)
del t19
t21 = (v7 % 97, "Hello World", float(v7))
print(id(t21) == t20)
print(len(v14))
print(sys.getrefcount(o17))
print(type(v6).__name__)
print(gc.collect())
