# gen.py 223 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "  pad  "
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "line\n"
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
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = 2.5e-3
v1 = 1e10
def g1(n):
    for i in range(n):
        yield i * 1
x1 = 1000
x2 = 1000
print(x1 is x2)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v2 = {14, 38, 32, 69, 91, 29, 58}
v3 = bytes(18)
o4 = C1(60)
o5 = C1(80000000000000000000000000009)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
x1 = "abc"
x2 = "abc"
print(x1 is x2)
print(gc.is_tracked(v2))
print(gc.is_tracked(v3))
print(type(v1).__name__)
t6 = ("a-b-c", 0.1, 135, 0.0, v1 * 100.0, 0.1)
t7 = id(t6)
del t6
t8 = (217,)
print(id(t8) == t7)
t9 = 0.0
t10 = id(t9)
del t9
t11 = 100.0
print(id(t11) == t10)
del t8
v12 = (0.0, 2.5e-3, v1 * 3.141592653589793, "Hello World", 2.5e-3)
print(sum(x * x for x in range(4)))
print(sys.getsizeof(v12))
o13 = C2(40000000000000000000235)
o14 = C2(83270)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
o15 = C1(400241226)
o16 = C1(164)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
x1 = ()
x2 = ()
print(x1 is x2)
acc17 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc17.append((i, x))
else:
    acc17.append(None)
print(len(acc17), acc17[-3:])
del v3
x1 = 256
x2 = 256
print(x1 is x2)
v18 = set(range(16))
v19 = {i % 1 for i in range(13)}
del v12
r20 = f1()
print(r20)
print(sys.getrefcount(v18))
v21 = C1(880157439)
print(len(acc17))
v22 = f"<{v1}>"
print(gc.collect())
print(list(g1(2)))
t23 = {}
t24 = id(t23)
del t23
t25 = dict(k0=-54906, k1=192, k2=106, k3=600000000000000000000000000000000000579)
print(id(t25) == t24)
it26 = g1(5)
print(type(it26).__name__)
print(sys.getsizeof(it26))
for v in it26:
    print(v)
print(gc.collect())
