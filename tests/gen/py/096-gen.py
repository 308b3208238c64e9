# gen.py 96 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "spam eggs"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1=5):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
v1 = C1(80000000000000000000000000000000000000000000325)
v2 = C1(58)
print(v2.a, v2.total())
v3 = 1e10
print(len(gc.get_referents(v2)))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v2))
o4 = C1(600000000000000000000000000000000000000000000000000000000604)
o5 = C1(12458)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
v6 = list(range(9))
v7 = v6 * 0
print(v1.a, v1.total())
r8 = f1(22, 31)
print(r8)
x1 = 257
x2 = 257
print(x1 is x2)
v9 = "b"
del v7[:0]
print(sys.getsizeof(v3))
print(sys.getsizeof(v3))
def g1(n):
    for i in range(n):
        yield i * 2
v3 = 0.0
acc10 = []
for i in range(21):
    acc10.append([i])
print(len(acc10), acc10[-3:])
v11 = 116
print(sys.getsizeof(v3))
v12 = dict(k0=-v11, k1=v11 ** 5, k2=v11 * 5, k3=-v11)
r13 = f1(14483, v11 % 5)
print(r13)
v14 = {}
v15 = [2000000000000000000000000674, len(v12), v11 % 5, v11 % 10, len(v14), v11 ** 5, v11 * 3, v11 + 30748]
v11 = v11 // 7
v16 = dict(k0=-v11, k1=100, k2=-56055)
x1 = "abc"
x2 = "abc"
print(x1 is x2)
r17 = f1(85932, v11 % 97)
print(r17)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(type(v11).__name__)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
if v6:
    v6[0] = "-".join(str(e) for e in v7)
v3 = float(v11)
print(sys.getsizeof(o5))
v15.reverse()
print(gc.collect())
