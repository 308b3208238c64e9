# gen.py 151 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1():
    acc = []
    return acc
v1 = {69, 41, 66}
v2 = (-8362, 1e10, 800000000000000000000000000000143)
del v2
print(gc.is_tracked(v1))
v3 = C1(4000000000000000000000000000218)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v4 = {i % 2 for i in range(22)}
print(len(gc.get_referents(v3)))
v5 = 1e10
o6 = C1(244)
o7 = C1(-35431)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
print(sys.getrefcount(v1))
alias8 = v1
print(alias8 is v1, id(alias8) == id(v1))
acc9 = []
for i, x in enumerate([3, 1, 2]):
    if i > 2:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
r10 = f1()
print(r10)
v11 = (251.83, 100.0, 219, 3.141592653589793, v5 * -2.25)
def g1(n):
    for i in range(n):
        yield i * 2
print(len(acc9))
v1 = v1 & alias8
del v5
print(len(v11))
r12 = f1()
print(r12)
v13 = 2.5e-3
acc14 = []
for i in range(7):
    acc14.append((i, i))
print(len(acc14), acc14[-3:])
if acc9:
    print(acc9.pop())
it15 = g1(4)
print(type(it15).__name__)
print(sys.getsizeof(it15))
for v in it15:
    print(v)
v4.add(8)
x1 = "abc"
x2 = "abc"
print(x1 is x2)
v16 = C2(246)
print(sys.getrefcount(v1))
t17 = "€"
t18 = id(t17)
del t17
t19 = ""
print(id(t19) == t18)
alias20 = acc14
print(alias20 is acc14, id(alias20) == id(acc14))
print(type(v4).__name__)
print(sys.getrefcount(alias8))
o21 = C1(5000000000000000000000807)
o22 = C1(400000000000000000000000506)
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
v4.add(3)
print(sys.getsizeof(v16))
print(gc.collect())
