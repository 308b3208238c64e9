# gen.py 138 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "spam eggs"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1=2):
    acc = [p0, p1]
    return acc
v1 = [i * 8 for i in range(11)]
alias2 = v1
print(alias2 is v1, id(alias2) == id(v1))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(len(v1))
v3 = dict(k0=len(alias2))
def g1(n):
    for i in range(n):
        yield i * 3
v3.update({11: 8})
v4 = set(range(20))
v5 = 400000000000000000116
v3 = dict()
v6 = str(v5)
if 12 in v3:
    del v3[12]
v7 = (8000000000000000000000000000000000000000856, "-".join(str(e) for e in alias2), 1e10, 105)
r8 = f1(79, len(alias2))
print(r8)
print(v5 is v5 + 0, v5 == v5 + 0)
acc9 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
print(10 in v4)
t10 = "中文"
t11 = id(t10)
del t10
t12 = repr(v7)
print(id(t12) == t11)
r13 = f1(v5 * -2, v5 // 2)
print(r13)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(alias2))
print(sys.getrefcount(alias2))
v14 = v4 - v4
v3 = {78: v5 * -2, 248: v5 // 7, 255: v5 // 7, 295: v5 * 0, 278: 46934}
t15 = v6.replace("l", "L")
t16 = id(t15)
del t15
t17 = "a-b-c"
print(id(t17) == t16)
v18 = v5 / 7
del v3
print(gc.collect())
v19 = C1(v5 // -4)
r20 = f1(-v5, v5 * 4)
print(r20)
def g2(n):
    for i in range(n):
        yield i * 4
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
v1 = []
print(v19.a, v19.total())
del v6
print(len(gc.get_referents(v19)))
v21 = {i % 7 for i in range(24)}
x1 = ()
x2 = ()
print(x1 is x2)
print(gc.collect())
