# gen.py 195 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0=4):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = dict(k0=92373, k1=44, k2=1000000000000000000148, k3=64)
v2 = {75, 8, 40, 23, 72}
acc3 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc3.append((i, x))
else:
    acc3.append(None)
print(len(acc3), acc3[-3:])
print(gc.is_tracked(v2))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v4 = "ü"
r5 = f1(50)
print(r5)
v6 = 1e10
o7 = C1(244)
o8 = C1(55)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
del o7, o8
print(gc.collect())
v2.add(49)
v2.discard(35)
print(sys.getsizeof(v1))
v2.discard(40)
print(type(acc3).__name__)
print(type(acc3).__name__)
def g1(n):
    for i in range(n):
        yield i * 2
acc9 = []
for i in range(21):
    acc9.append({i: i})
print(len(acc9), acc9[-3:])
del acc3
if "k2" in v1:
    del v1["k2"]
print(sys.getsizeof(acc9))
del v6
it10 = g1(1)
print(type(it10).__name__)
print(sys.getsizeof(it10))
for v in it10:
    print(v)
print(type(v4).__name__)
print(len(acc9))
v4 = "a"
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
v11 = b"\x00\xff"
acc12 = []
for i in range(15):
    acc12.append(i * 1000)
print(len(acc12), acc12[-3:])
v13 = ()
print(sys.getsizeof(v4))
print(sys.getsizeof(v4))
acc12.extend(range(9))
print(sys.getsizeof(v4))
x1 = 256
x2 = 256
print(x1 is x2)
v2.add(40)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
