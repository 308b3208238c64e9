# gen.py 236 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
v1 = {"k0": 20000000000000000000000000000000000000000972, "k1": 169}
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(6 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
r2 = f1(59, 163)
print(r2)
acc3 = []
i = 0
while i < 15:
    if i % 4 == 0:
        acc3.append(i)
    i += 1
print(len(acc3), acc3[-3:])
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v4 = "Hello World"
acc5 = []
for i, x in enumerate([3, 1, 2]):
    if i > 2:
        break
    acc5.append((i, x))
else:
    acc5.append(None)
print(len(acc5), acc5[-3:])
v6 = (100.0, 0.1)
v7 = {}
print(sys.getsizeof(v7))
acc3 = acc5 + [194]
acc3.extend(range(3))
def g1(n):
    for i in range(n):
        yield i * 2
v8 = 3.141592653589793
v9 = C1(133751128)
print(sum(g1(4)), max(g1(3), default=-1))
print(sys.getrefcount(v9))
print(v4)
print(v7.pop(2, None))
v1 = dict(k0=65)
v10 = len(v1)
acc5.extend(range(1))
print(sys.getsizeof(v9))
c11 = make_counter2()
print(c11(), c11(5), c11())
del v4
v12 = ()
v13 = repr(acc3)
print(sys.getrefcount(v1))
print(type(acc5).__name__)
print(len(v1))
print(v7.pop(6, None))
print(type(v8).__name__)
print(gc.is_tracked(v10))
t14 = "-".join(str(e) for e in acc3)
t15 = id(t14)
del t14
t16 = "a-b-c"
print(id(t16) == t15)
acc17 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc17.append((i, x))
else:
    acc17.append(None)
print(len(acc17), acc17[-3:])
print(v10 is v10 + 0, v10 == v10 + 0)
print(len(gc.get_referents(v12)))
print(gc.collect())
