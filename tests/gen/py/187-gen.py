# gen.py 187 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "Hello World"
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
def f1(p0):
    acc = [p0]
    return acc
v1 = [0.1, 90000000000000000000000000000000000000000440]
print(sys.getsizeof(v1))
if v1:
    print(v1.pop())
v2 = "abc123"
v1.reverse()
v3 = -47990
print(sys.getsizeof(v3))
r4 = f1(55826)
print(r4)
r5 = f1(-v3)
print(r5)
print(v1)
v1.append("-".join(str(e) for e in v1))
acc6 = []
i = 0
while i < 13:
    if i % 5 == 0:
        acc6.append(i)
    i += 1
print(len(acc6), acc6[-3:])
v7 = (v3 + 90, -v3, 20000000000000000000000000000000000295, repr(v3))
print(type(acc6).__name__)
alias8 = v2
print(alias8 is v2, id(alias8) == id(v2))
print(sys.getrefcount(v1))
def g1(n):
    for i in range(n):
        yield i * 4
r9 = f1(v3 * 3)
print(r9)
acc6.append(v3 // 3)
v10 = {"k0": "a", "k1": "-".join(str(e) for e in v1), "k2": 86, "k3": repr(v3), "k4": v2 + "€", "k5": repr(v3), "k6": len(alias8)}
print(v10.get(12), list(v10.keys())[:3])
print(sys.getrefcount(v10))
print(v3 is v3 + 0, v3 == v3 + 0)
print(sys.getrefcount(acc6))
r11 = f1(-v3)
print(r11)
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
print(len(v7))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v7))
print(v3)
print(v3 is v3 + 0, v3 == v3 + 0)
v12 = tuple(acc6)
v13 = float(v3)
c14 = make_counter1()
print(c14(), c14(7), c14())
v2 = "xxxxxxxxxxxxxxxx"
print(type(v2).__name__)
print(gc.collect())
