# gen.py 176 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0):
    acc = [p0]
    return acc
def g1(n):
    for i in range(n):
        yield i * 3
print(list(g1(0)))
v1 = ("ü", "中文", 3.141592653589793, 1e10)
v2 = (-13111, "a", -43602, repr(v1))
v3 = 125
print(type(v2).__name__)
print(v3 is v3 + 0, v3 == v3 + 0)
print(sys.getsizeof(v3))
print(sys.getsizeof(v3))
print(type(v3).__name__)
print(type(v2).__name__)
v4 = v3 / 7
v5 = C1(len(v2))
v6 = [i * 9 for i in range(4)]
print(sys.getsizeof(v2))
v6.append(len(v6))
alias7 = v3
print(alias7 is v3, id(alias7) == id(v3))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
if v6:
    print(v6.pop())
if v6:
    print(v6.pop())
alias8 = v5
print(alias8 is v5, id(alias8) == id(v5))
v6.extend(range(7))
r9 = f1(v3 % 10)
print(r9)
acc10 = []
for i in range(11):
    acc10.append(i)
print(len(acc10), acc10[-3:])
print(sys.getsizeof(alias7))
print(gc.is_tracked(v5))
print(gc.collect())
print(v3)
v11 = {87: alias7 + 30000000000000000000000000000000000000000000000000000000241, 129: 238, 12: 90000000000000000157, 259: 41, -3: alias7 % 5, 78: len(v2), 182: 87202}
print(v4)
v12 = []
print(list(g1(5)))
v13 = [39108, 4000000000000000000000189, -alias7, alias7 ** 2, alias7 * -2, -v3, 45661, -v3, alias7 ** 2]
v11["k6"] = len(v2)
del v13[:3]
print(gc.is_tracked(alias7))
if v6:
    v6[0] = "café"
v14 = (169, v4 * 3.141592653589793, "UPPER", -2.25)
acc15 = []
i = 0
while i < 9:
    if i % 3 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
acc16 = []
for i in range(20):
    acc16.append(i * 1000)
print(len(acc16), acc16[-3:])
print(gc.collect())
