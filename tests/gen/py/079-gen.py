# gen.py 79 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1, p2=5):
    acc = [p0, p1, p2]
    for i in range(1):
        acc.append(i)
    return acc
v1 = C1(-63331)
v2 = set(range(8))
del v1
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
r3 = f1(20000000000000000000000000000000000000000000000000000000117, 200, -28969)
print(r3)
r4 = f1(11, 6532, 134)
print(r4)
print(20 in v2)
print(sys.getsizeof(v2))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
x1 = ()
x2 = ()
print(x1 is x2)
v5 = 200
del v2
print(type(v5).__name__)
t6 = 100.0
t7 = id(t6)
del t6
t8 = v5 / 2
print(id(t8) == t7)
print(type(t8).__name__)
v9 = "café"
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v5)
v10 = (v5 ** 4, float(v5))
print(sys.getsizeof(v9))
print(type(v9).__name__)
v11 = (0.1, 0.1, -71985)
v12 = v5 / 3
print(sys.getsizeof(v12))
alias13 = v9
print(alias13 is v9, id(alias13) == id(v9))
del v9
v14 = {"k0": v5 % 97, "k1": -v5, "k2": f"<{v12}>"}
acc15 = []
for i, x in enumerate([3, 1, 2]):
    if i > 1:
        break
    acc15.append((i, x))
else:
    acc15.append(None)
print(len(acc15), acc15[-3:])
v14["k2"] = acc15[:]
v16 = -v5
v17 = 193.67
print(type(alias13).__name__)
def g1(n):
    for i in range(n):
        yield i * 3
acc18 = []
for i, x in enumerate([3, 1, 2]):
    if i > 2:
        break
    acc18.append((i, x))
else:
    acc18.append(None)
print(len(acc18), acc18[-3:])
it19 = g1(3)
print(type(it19).__name__)
print(sys.getsizeof(it19))
for v in it19:
    print(v)
t20 = v16 / 2
t21 = id(t20)
del t20
t22 = v5 / 3
print(id(t22) == t21)
print(v14.pop(9, None))
alias23 = v11
print(alias23 is v11, id(alias23) == id(v11))
print(type(t22).__name__)
print(type(v14).__name__)
print(gc.collect())
