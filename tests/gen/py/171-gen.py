# gen.py 171 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "€"
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
def f1(p0, p1=2):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = [49, 157, 1421658994, 239, 240, 107206995, -1, -64661, 40000000000000000000000000000000000121]
acc2 = []
i = 0
while i < 16:
    if i % 4 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
o3 = C2(722846840)
o4 = C2(-42348)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
print(sys.getrefcount(v1))
o3 = C2(113)
del acc2
r5 = f1(90000000000000000000000000000000000000000000000008, 8000000000000000000000000000000000000000648)
print(r5)
acc6 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
v7 = {i: i * i for i in range(12)}
del acc6
print(gc.is_tracked(v7))
v8 = repr(v7)
alias9 = v8
print(alias9 is v8, id(alias9) == id(v8))
print(type(v8).__name__)
r10 = f1(194, 206)
print(r10)
v11 = len(v8)
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
print(v7.pop("k0", None))
def g1(n):
    for i in range(n):
        yield i * 5
v1.append(-v11)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v7 = {i: i * i for i in range(0)}
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
v12 = v8.split()
r13 = f1(v11 * 4, len(v1))
print(r13)
v7.update({"k0": 4})
v14 = C2(v11 // 7)
v1.extend(range(3))
v12.append(v11 * 2)
x1 = ()
x2 = ()
print(x1 is x2)
c15 = make_counter1()
print(c15(), c15(1), c15())
v16 = v1 * 2
def g2(n):
    for i in range(n):
        yield i * 2
v17 = C2(v11 % 2)
print(v7.get(7), list(v7.keys())[:3])
print(len(v1))
print(gc.collect())
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
c18 = make_counter1()
print(c18(), c18(6), c18())
print(gc.collect())
