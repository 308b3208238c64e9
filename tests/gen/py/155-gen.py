# gen.py 155 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    for i in range(6):
        acc.append(i)
    return acc
def g1(n):
    for i in range(n):
        yield i * 1
v1 = -10824
t2 = [-72675, v1 + 244, v1 // 2, v1 % 10, -47546]
t3 = id(t2)
del t2
t4 = [v1 ** 5, v1 * 7, 1710082852]
print(id(t4) == t3)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v5 = {i: i * i for i in range(4)}
o6 = C2(50000000000000000000000000000000307)
o7 = C2(v1 % 10)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
r8 = f1()
print(r8)
v9 = -v1
r10 = f1()
print(r10)
v11 = C2(v9 % 2)
v5[1] = f"<{v9}>"
print(v5.get("k4"), list(v5.keys())[:3])
r12 = f1()
print(r12)
acc13 = []
for i in range(19):
    acc13.append({i: i})
print(len(acc13), acc13[-3:])
del acc13[:0]
x1 = 257
x2 = 257
print(x1 is x2)
del acc13[:2]
v14 = 1e10
acc15 = []
i = 0
while i < 24:
    if i % 4 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
print(sys.getsizeof(v5))
print(sys.getsizeof(v9))
v14 = 1.5
v16 = v14 * 0.0
v17 = C2(v9 * 3)
if acc13:
    print(acc13.pop())
t18 = float(v1)
t19 = id(t18)
del t18
t20 = v16 * -2.25
print(id(t20) == t19)
c21 = make_counter1()
print(c21(), c21(4), c21())
print(sys.getrefcount(v11))
alias22 = v11
print(alias22 is v11, id(alias22) == id(v11))
if t4:
    t4[0] = "abc123"
r23 = f1()
print(r23)
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v5))
print(len(gc.get_referents(v5)))
print(gc.collect())
