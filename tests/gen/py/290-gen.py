# gen.py 290 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = ""
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
def f1(p0, p1, p2=1):
    acc = [p0, p1, p2]
    return acc
v1 = C1(249)
v2 = set()
def g1(n):
    for i in range(n):
        yield i * 3
print(gc.is_tracked(v2))
print(sorted(v2))
x1 = 256
x2 = 256
print(x1 is x2)
v3 = set(range(14))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v4 = {194: -13844}
v5 = (174, 3.141592653589793)
print(type(v5).__name__)
r6 = f1(171, 197, len(v4))
print(r6)
v2.add(15)
v7 = C1(79019)
print(sys.getsizeof(v4))
r8 = f1(len(v5), -62797, -46032)
print(r8)
print(gc.collect())
v9 = 6000000000000000000551
print(sys.getsizeof(v1))
v4 = dict(k0=v9 ** 5, k1=-v9, k2=v9 ** 3)
acc10 = []
i = 0
while i < 8:
    if i % 4 == 0:
        acc10.append(i)
    i += 1
print(len(acc10), acc10[-3:])
del v2
v11 = 146
acc10.reverse()
print(type(acc10).__name__)
print(v9 is v9 + 0, v9 == v9 + 0)
alias12 = v11
print(alias12 is v11, id(alias12) == id(v11))
o13 = C1(40000000000000000000000784)
o14 = C1(1937075232)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
v15 = {157: v11 * 5, 51: v11 * 4, 106: -v11, 91: alias12 % 5, 241: -65015, 21: -v11, 294: alias12 + 123}
acc16 = []
for i in range(2):
    acc16.append(i * 1000)
print(len(acc16), acc16[-3:])
print(len(v3))
try:
    print(undefined_name_4)
except Exception as e:
    print(type(e).__name__, e)
print(sys.getrefcount(v1))
v15 = dict(k0=alias12 + 200, k1=v11 // -4, k2=alias12 + 900000000000000000000000000000000000000000968, k3=124)
print(len(gc.get_referents(acc10)))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r17 = f1(-48761, v11 % 5, v11 ** 2)
print(r17)
print(gc.collect())
