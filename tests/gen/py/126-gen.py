# gen.py 126 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = b"hello"
v2 = [[j] * 0 for j in range(3)]
print(sys.getsizeof(v2))
alias3 = v1
print(alias3 is v1, id(alias3) == id(v1))
print(type(v1).__name__)
def g1(n):
    for i in range(n):
        yield i * 2
v2.extend(range(6))
v4 = v2[:]
t5 = {"k0": 88, "k1": "UPPER", "k2": "中文", "k3": 90, "k4": 319964518, "k5": "-".join(str(e) for e in v4), "k6": 246}
t6 = id(t5)
del t5
t7 = dict(k0=92110, k1=70000000000000000000000000000000000000000386, k2=-93228, k3=-71685, k4=1254328017)
print(id(t7) == t6)
acc8 = []
for i in range(18):
    acc8.append(i * 1000)
print(len(acc8), acc8[-3:])
print(sys.getsizeof(v2))
t7.update({"k4": 4})
v9 = repr(v2)
print(sys.getsizeof(alias3))
v10 = set()
o11 = C1(len(t7))
o12 = C1(78)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
t13 = 3.141592653589793
t14 = id(t13)
del t13
t15 = 0.0
print(id(t15) == t14)
v16 = 22121
print(sys.getsizeof(acc8))
print(gc.collect())
print(sys.getsizeof(alias3))
acc17 = []
i = 0
while i < 0:
    if i % 4 == 0:
        acc17.append(i)
    i += 1
print(len(acc17), acc17[-3:])
del o11
print(type(v1).__name__)
v10 = {80, 4, 83, 29}
print(sys.getsizeof(alias3))
v2.reverse()
v10.discard(1)
t7 = dict(k0=-v16, k1=14, k2=400000000000000000000000327)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
o12 = C1(1049478102)
print(len(v2))
v18 = str(v16)
print(gc.is_tracked(v16))
def g2(n):
    for i in range(n):
        yield i * 1
print(gc.is_tracked(t15))
print(gc.collect())
