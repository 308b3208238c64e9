# gen.py 120 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1, p2=3):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
v1 = {142: 139}
print(sys.getsizeof(v1))
alias2 = v1
print(alias2 is v1, id(alias2) == id(v1))
print(sys.getrefcount(v1))
v3 = 887.57
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
acc4 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
v5 = -47173
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(alias2))
acc6 = []
i = 0
while i < 18:
    if i % 5 == 0:
        acc6.append(i)
    i += 1
print(len(acc6), acc6[-3:])
print(sys.getsizeof(v3))
print(sys.getsizeof(v3))
print(gc.is_tracked(v5))
if "k4" in v1:
    del v1["k4"]
if acc4:
    acc4[0] = "café"
o7 = C1(v5 // 7)
o8 = C1(v5 // 7)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
r9 = f1(v5 % 5, -v5, 69)
print(r9)
print(alias2.get(0), list(alias2.keys())[:3])
print(type(o8).__name__)
del acc6[:2]
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v10 = b"a"
v11 = v5 * 3
r12 = f1(47, v5 + 121, v5 // -4)
print(r12)
alias13 = v10
print(alias13 is v10, id(alias13) == id(v10))
alias2[5] = v5 // 3
def g1(n):
    for i in range(n):
        yield i * 4
print(sys.getsizeof(o8))
x1 = ()
x2 = ()
print(x1 is x2)
print(sys.getrefcount(o7))
print(alias2.pop(6, None))
print(len(gc.get_referents(o8)))
print(gc.is_tracked(v3))
print(list(g1(6)))
v14 = (v5 // 2, v11 * 7, "-".join(str(e) for e in acc6), "-".join(str(e) for e in acc6), v3 * 0.0, 0.0)
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
acc15 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc15.append((i, x))
else:
    acc15.append(None)
print(len(acc15), acc15[-3:])
v16 = 776.12
print(gc.collect())
