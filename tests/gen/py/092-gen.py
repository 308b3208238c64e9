# gen.py 92 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "line\n"
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
def f1():
    acc = []
    return acc
v1 = {i: i * i for i in range(0)}
def g1(n):
    for i in range(n):
        yield i * 2
o2 = C1(30000000000000000000000690)
o3 = C1(2000000000000000000000000000000000000000000371)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
print(sys.getrefcount(v1))
print(sys.getsizeof(v1))
print(gc.is_tracked(v1))
o4 = C1(189)
o5 = C1(len(v1))
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
v6 = -18479
v7 = 2.5e-3
v1.update({"k4": 2})
v1[2] = "tab\t"
v1["k5"] = "a-b-c"
r8 = f1()
print(r8)
x1 = 257
x2 = 257
print(x1 is x2)
print(sum(x * x for x in range(25)))
t9 = 3.141592653589793
t10 = id(t9)
del t9
t11 = v7 * 1e10
print(id(t11) == t10)
print(v1.pop("k6", None))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v1 = {84: -v6, 60: v6 ** 4, 39: -39666, 297: -v6, 256: -v6, 112: -v6, 273: -v6}
print(sys.getsizeof(t11))
acc12 = []
i = 0
while i < 14:
    if i % 3 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
r13 = f1()
print(r13)
print(v1)
print(list(g1(3)))
del r13
if acc12:
    print(acc12.pop())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(t11))
v14 = {67, 33}
print(v1)
acc15 = []
for i, x in enumerate("abcdef"):
    if i > 1:
        break
    acc15.append((i, x))
else:
    acc15.append(None)
print(len(acc15), acc15[-3:])
print(gc.is_tracked(v1))
del acc15
v16 = f"<{v7}>"
print(sys.getsizeof(v14))
o17 = C1(len(acc12))
o18 = C1(v6 % 2)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
print(gc.is_tracked(t11))
v19 = -2.25
print(gc.collect())
