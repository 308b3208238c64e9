# gen.py 146 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    for i in range(1):
        acc.append(i)
    return acc
v1 = {i: i * i for i in range(3)}
acc2 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc2.append((i, x))
else:
    acc2.append(None)
print(len(acc2), acc2[-3:])
v3 = (222,)
print(v1.get("k6"), list(v1.keys())[:3])
r4 = f1(-85252, 80000000000000000000000000000000000000505)
print(r4)
print(v1.pop("k1", None))
del acc2[:2]
del acc2
print(v1.pop(5, None))
print(v1)
v5 = C1(1450894732)
del v1
v3 = ("abc123", -12736, "a-b-c", 1e10, 7000000000000000000000000000000000000000000250)
v6 = 255
r7 = f1(35, v6 % 5)
print(r7)
v6 = v6 // 3
v8 = v6 / -8
t9 = "Hello World"
t10 = id(t9)
del t9
t11 = repr(v6)
print(id(t11) == t10)
acc12 = []
for i in range(19):
    acc12.append((i, i))
print(len(acc12), acc12[-3:])
v5 = C1(-23539)
v13 = v6 + 39483
def g1(n):
    for i in range(n):
        yield i * 4
v14 = [v6 % 5, 152, 81177, 43, v6 * 5, 1865659575, v13 ** 5, v13 + 86, v13 // 2]
v14.append(f"<{v6}>")
o15 = C1(v6 + 63690)
o16 = C1(-v13)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
print(v13 is v13 + 0, v13 == v13 + 0)
alias17 = v13
print(alias17 is v13, id(alias17) == id(v13))
r18 = f1(10000000000000000000000000000000000000000000000000000089, -v13)
print(r18)
v19 = dict(k0=alias17 + -53270, k1=10283, k2=-alias17, k3=v13 + 65)
acc12.reverse()
v20 = 100.0
print(alias17 is alias17 + 0, alias17 == alias17 + 0)
alias21 = v5
print(alias21 is v5, id(alias21) == id(v5))
v22 = C1(6000000000000000000000000000000832)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v19.update({7: 5})
print(gc.collect())
