# gen.py 161 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(3):
        acc.append(i)
    return acc
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
o1 = C1(1)
o2 = C1(500000000000000000000000000000000000000000000000000000000926)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1
o2 = C1(10000000000000000000000000000000000000000000000168)
v3 = (0.0, "tab\t", "snake_case", 72557, 90000000000000000688)
try:
    print(9 // 0)
except Exception as e:
    print(type(e).__name__, e)
alias4 = v3
print(alias4 is v3, id(alias4) == id(v3))
print(type(v3).__name__)
r5 = f1(4000000000000000000000000000000000000000000000128, 47, 58273)
print(r5)
print(v3)
v6 = dict(k0=24169, k1=100000000000000000000000000000000000000000730, k2=63346, k3=1529844329)
v6.update({"k5": 5})
o7 = C1(700000000000000000000000131)
o8 = C1(96)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
r9 = f1(52487, len(v3), 2)
print(r9)
r10 = f1(234, 74267, -95756)
print(r10)
print(gc.is_tracked(alias4))
print(v6.pop("k5", None))
o11 = C1(1174662187)
o12 = C1(194)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
if 1 in v6:
    del v6[1]
v13 = {i: i * i for i in range(1)}
print(sys.getsizeof(v6))
r14 = f1(80000000000000000000000000270, len(v6), 116)
print(r14)
print(o12.a, o12.total())
v15 = len(v6)
v16 = str(v15)
def g1(n):
    for i in range(n):
        yield i * 2
v6.update({8: 6})
print(sys.getrefcount(v13))
print(gc.is_tracked(v6))
v16 = f"<{v15}>"
print(v6.get("k2"), list(v6.keys())[:3])
alias17 = o7
print(alias17 is o7, id(alias17) == id(o7))
print(alias17.a, alias17.total())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v6["k3"] = [v15 % 97, v15 + -18845]
v18 = C1(-v15)
v13[7] = [v15 + 1327769314, v15 ** 4, len(v13), v15 + 93, -v15, v15 // -4, v15 // -4, 953354044]
v3 = (v15 + -81382,)
del r9
print(gc.collect())
