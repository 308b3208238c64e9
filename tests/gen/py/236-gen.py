# gen.py 236 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v9 = bytes(20)
v10 = C2(125)
print(sys.getsizeof(v9))
print(v4)
print(v7.pop(2, None))
v1 = dict(k0=65)
v11 = len(v1)
acc5.extend(range(1))
print(len(v9))
c12 = make_counter2()
print(c12(), c12(5), c12())
del v4
v13 = ()
v14 = repr(acc3)
print(sys.getrefcount(v1))
print(type(acc5).__name__)
print(len(v1))
print(v7.pop(6, None))
print(type(v8).__name__)
print(sys.getrefcount(v10))
t15 = "-".join(str(e) for e in acc3)
t16 = id(t15)
del t15
t17 = "a-b-c"
print(id(t17) == t16)
acc18 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc18.append((i, x))
else:
    acc18.append(None)
print(len(acc18), acc18[-3:])
print(v11 is v11 + 0, v11 == v11 + 0)
print(len(gc.get_referents(v13)))
print(gc.collect())
