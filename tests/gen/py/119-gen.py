# gen.py 119 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    kind = "line\n"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    for i in range(3):
        acc.append(i)
    return acc
def g1(n):
    for i in range(n):
        yield i * 2
print(gc.collect())
v1 = (0.1, 800000000000000000000000000000000000000000922)
print(sys.getsizeof(v1))
v2 = C1(81)
print(len(v1))
del v2
v3 = dict(k0=209, k1=40388, k2=70000000000000000036, k3=len(v1))
t4 = (1.5, 1e10, 4000000000000000000000000000000000000000000000000000000065, -2.25)
t5 = id(t4)
del t4
t6 = (-2.25, 900000000000000000000000000000000466, 95157, 3.141592653589793, 1e10, 0.0)
print(id(t6) == t5)
v7 = C2(-14779)
print(type(t6).__name__)
print(sys.getsizeof(t6))
v8 = {i % 1 for i in range(25)}
v9 = C1(216)
r10 = f1()
print(r10)
v11 = v8 ^ v8
print(sorted(v8))
acc12 = []
for i in range(25):
    acc12.append({i: i})
print(len(acc12), acc12[-3:])
x1 = 256
x2 = 256
print(x1 is x2)
v13 = set(range(2))
print(sum(x * x for x in range(4)))
del r10
v14 = 100.0
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
r15 = f1()
print(r15)
v16 = "-".join(str(e) for e in v1)
print(sys.getsizeof(v8))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v17 = ["abc123", "spam eggs", -2.25, 221]
print(gc.is_tracked(v8))
v18 = {13, 32, 40, 62}
print(sorted(v11))
del t6
print(sys.getsizeof(acc12))
print(gc.collect())
