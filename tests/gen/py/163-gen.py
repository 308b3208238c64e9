# gen.py 163 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0=9):
    acc = [p0]
    for i in range(5):
        acc.append(i)
    return acc
v1 = dict(k0=90000000000000000000625, k1=58377, k2=30000000000000000000331, k3=800000000000000000000000000000000000970, k4=6)
v1.update({"k6": 3})
print(v1)
print(sys.getrefcount(v1))
v2 = b""
v3 = (-60034,)
print(v3)
del v3
print(type(v1).__name__)
print(len(v1))
acc4 = []
for i in range(14):
    acc4.append((i, i))
print(len(acc4), acc4[-3:])
try:
    print(6 // 0)
except Exception as e:
    print(type(e).__name__, e)
alias5 = acc4
print(alias5 is acc4, id(alias5) == id(acc4))
print(type(v1).__name__)
acc4.reverse()
del v2
alias6 = alias5
print(alias6 is alias5, id(alias6) == id(alias5))
print(gc.is_tracked(alias6))
print(sys.getsizeof(alias6))
print(sys.getrefcount(alias6))
if acc4:
    acc4[0] = "tab\t"
def g1(n):
    for i in range(n):
        yield i * 5
v7 = C1(149)
print(sys.getsizeof(v1))
print(v1.pop("k1", None))
if 9 in v1:
    del v1[9]
del alias6
print(list(g1(2)))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(4 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(len(alias5))
print(sys.getsizeof(alias5))
print(sys.getrefcount(v7))
print(type(acc4).__name__)
alias5.reverse()
acc8 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
print(v1.pop(0, None))
r9 = f1(200000000000000000000000000000000000000000000000000000000104)
print(r9)
v10 = [len(alias5), len(v1), -26086, -14169, 220, 30000000000000000000000000000000000527, 211, 234]
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
