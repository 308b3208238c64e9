# gen.py 247 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = "Hello World"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0=3):
    acc = [p0]
    return acc
t1 = (0.1, -57893)
t2 = id(t1)
del t1
t3 = ()
print(id(t3) == t2)
v4 = {127: -2122}
v4 = {294: 1135736204, 48: -28427, 152: 80000000000000000000817}
v4["k6"] = "snake_case"
r5 = f1(86)
print(r5)
r6 = f1(len(v4))
print(r6)
print(sys.getsizeof(t3))
print(sys.getsizeof(t3))
print(v4.get(12), list(v4.keys())[:3])
print(sys.getsizeof(t3))
v7 = 45
print(type(v7).__name__)
v8 = (1e10, 1e10, -81861)
o9 = C1(v7 % 10)
o10 = C1(-v7)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
v4.update({7: 7})
print(sys.getsizeof(v8))
try:
    print([1, 2, 3][7])
except Exception as e:
    print(type(e).__name__, e)
v11 = 0.1
print(v4.get("k4"), list(v4.keys())[:3])
if "k6" in v4:
    del v4["k6"]
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
alias12 = v4
print(alias12 is v4, id(alias12) == id(v4))
acc13 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
v14 = [v7 ** 5, -v7, v7 ** 2]
print(v4.pop("k6", None))
v11 = 100.0
print(sys.getrefcount(acc13))
acc15 = []
for i in range(17):
    acc15.append([i])
print(len(acc15), acc15[-3:])
if acc15:
    acc15[0] = "line\n"
print(len(alias12))
del r6
o16 = C2(v7 // 2)
o17 = C2(-v7)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
acc18 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc18.append((i, x))
else:
    acc18.append(None)
print(len(acc18), acc18[-3:])
try:
    print(8 // 0)
except Exception as e:
    print(type(e).__name__, e)
v19 = "UPPER"
del o17
acc20 = []
for i in range(14):
    acc20.append([i])
print(len(acc20), acc20[-3:])
print(v4.get(12), list(v4.keys())[:3])
del r5
print(gc.collect())
