# gen.py 234 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    return acc
v1 = {"k0": ""}
if 0 in v1:
    del v1[0]
print(v1)
try:
    print(undefined_name_9)
except Exception as e:
    print(type(e).__name__, e)
print(len(v1))
print(gc.is_tracked(v1))
print(v1)
print(sys.getsizeof(v1))
v1.update({"k1": 5})
v2 = -2.25
print(sys.getsizeof(v1))
def g1(n):
    for i in range(n):
        yield i * 4
v3 = v2 * 58.6
v4 = {47, 90, 18, 60, 75, 66, 79}
v5 = 10
print(v1.pop("k1", None))
print(v3)
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
acc6 = []
for i, x in enumerate("abcdef"):
    if i > 1:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
print(gc.collect())
v4 = {29, 63, 0, 24, 58, 25, 88, 93}
try:
    print(4 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(v5 is v5 + 0, v5 == v5 + 0)
r7 = f1(v5 // -4, 241, len(acc6))
print(r7)
del v1
print(1 in v4)
v8 = []
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v9 = (v5 ** 4,)
alias10 = v3
print(alias10 is v3, id(alias10) == id(v3))
print(gc.collect())
print(len(v9))
print(sys.getsizeof(v9))
v11 = v5 + 6000000000000000000000000000000000000000000090
r12 = f1(v11 ** 5, v5 + 597513221, v5 + 158)
print(r12)
if v8:
    v8[0] = "-".join(str(e) for e in acc6)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(gc.collect())
