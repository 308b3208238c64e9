# gen.py 297 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "xxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2=7):
    acc = [p0, p1, p2]
    return acc
v1 = (2.5e-3, -27616, 0.1, "UPPER", 0.1)
print(sys.getsizeof(v1))
print(len(gc.get_referents(v1)))
try:
    print(9 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v1))
del v1
v2 = C2(26200)
print(sys.getsizeof(v2))
v3 = "line\n"
print(type(v3).__name__)
print(type(v3).__name__)
print(gc.is_tracked(v3))
v4 = 124
print(sys.getrefcount(v2))
acc5 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc5.append((i, x))
else:
    acc5.append(None)
print(len(acc5), acc5[-3:])
alias6 = v2
print(alias6 is v2, id(alias6) == id(v2))
print(sys.getsizeof(alias6))
del v3
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(alias6))
print(gc.is_tracked(v4))
v7 = [v4 ** 3, v4 + 115, v4 + 141961616, 245]
print(sys.getrefcount(alias6))
v8 = ("a", float(v4), 86, repr(v4), 2.5e-3)
v9 = list(range(6))
acc10 = []
i = 0
while i < 20:
    if i % 3 == 0:
        acc10.append(i)
    i += 1
print(len(acc10), acc10[-3:])
t11 = dict(k0=v4 % 97, k1=-v4, k2=1212333626)
t12 = id(t11)
del t11
t13 = {i: i * i for i in range(3)}
print(id(t13) == t12)
v14 = float(v4)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
c15 = make_counter1()
print(c15(), c15(6), c15())
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
alias16 = v14
print(alias16 is v14, id(alias16) == id(v14))
v17 = ()
print(type(v4).__name__)
v18 = {"k0": -v4, "k1": 146, "k2": "-".join(str(e) for e in v8), "k3": "-".join(str(e) for e in v7), "k4": "-".join(str(e) for e in v9), "k5": "中文"}
x1 = 256
x2 = 256
print(x1 is x2)
def g1(n):
    for i in range(n):
        yield i * 2
print(gc.collect())
