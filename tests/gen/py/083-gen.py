# gen.py 83 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "b"
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
def f1(p0=4):
    acc = [p0]
    for i in range(6):
        acc.append(i)
    return acc
v1 = set()
t2 = {"k0": 6000000000000000000000000000000000000000587}
t3 = id(t2)
del t2
t4 = {142: 60000000000000000000000000000000000000000000235, 49: 900000000000000000000000000943, 271: 183, 206: 1000000000000000000000000000000000000000000000000000000000125, 221: 19470}
print(id(t4) == t3)
print(t4)
v1.add(6)
o5 = C2(123)
o6 = C2(-42227)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
print(len(gc.get_referents(t4)))
x1 = ()
x2 = ()
print(x1 is x2)
r7 = f1(227)
print(r7)
v8 = C1(5000000000000000000000000000000000000000000000720)
v1.discard(39)
v9 = C1(len(t4))
v1.add(5)
v10 = 100.0
v11 = ()
v12 = 210
def g1(n):
    for i in range(n):
        yield i * 1
v13 = (v12 / -8, v10 * 3.141592653589793, "xxx")
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c14 = make_counter1()
print(c14(), c14(7), c14())
del v9
r15 = f1(v12 // 3)
print(r15)
t16 = (str(v12), "snake_case", v12 // 2, v12 * 3, len(v13))
t17 = id(t16)
del t16
t18 = (v12 + 300000000000000000000000000000000000858, v12 + 2, "中文", "spam eggs", float(v12), 2.5e-3)
print(id(t18) == t17)
print(gc.is_tracked(t18))
print(1 in v1)
print(gc.is_tracked(v10))
print(sys.getsizeof(v11))
v1.add(24)
v19 = [[j] * 3 for j in range(5)]
v20 = C1(252)
v21 = v10 * 3.141592653589793
print(v12 is v12 + 0, v12 == v12 + 0)
try:
    print(6 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(v20))
print(sys.getrefcount(v20))
acc22 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc22.append((i, x))
else:
    acc22.append(None)
print(len(acc22), acc22[-3:])
print(sys.getsizeof(v20))
print(len(gc.get_referents(acc22)))
print(sys.getsizeof(v21))
v23 = (71744, v12 * 0, 74083, "tab\t", v12 * 5)
print(gc.collect())
