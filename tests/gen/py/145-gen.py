# gen.py 145 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "tab\t"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1):
    acc = [p0, p1]
    for i in range(4):
        acc.append(i)
    return acc
v1 = C1(-33744)
v2 = 100000000000000000000000000052
print(sys.getsizeof(v1))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
acc3 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc3.append((i, x))
else:
    acc3.append(None)
print(len(acc3), acc3[-3:])
print(sys.getrefcount(acc3))
acc4 = []
i = 0
while i < 11:
    if i % 2 == 0:
        acc4.append(i)
    i += 1
print(len(acc4), acc4[-3:])
v5 = {23, 34, 23, 93, 69, 84, 27}
alias6 = acc4
print(alias6 is acc4, id(alias6) == id(acc4))
acc4.append(1754976632)
x1 = 1000
x2 = 1000
print(x1 is x2)
try:
    print(undefined_name_2)
except Exception as e:
    print(type(e).__name__, e)
del acc3
def g1(n):
    for i in range(n):
        yield i * 3
print(sum(x * x for x in range(7)))
v7 = v2 + -26828
v8 = [v2 % 97, v2 ** 2, v7 // 2, len(acc4), 9]
print(v2 is v2 + 0, v2 == v2 + 0)
v9 = {7: -v7, 295: -15253, 18: v2 % 5}
print(v9.pop(1, None))
del acc4
print(sys.getsizeof(alias6))
if v8:
    v8[0] = "café"
print(sum(g1(0)), max(g1(2), default=-1))
o10 = C1(-v2)
o11 = C1(v2 ** 2)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
alias12 = v2
print(alias12 is v2, id(alias12) == id(v2))
print(sorted(v5))
print(sys.getsizeof(v5))
t13 = alias6[:]
t14 = id(t13)
del t13
t15 = v8 + [alias12 * -2]
print(id(t15) == t14)
v16 = set(range(14))
v17 = C2(9000000000000000000854)
v18 = dict(k0=v2 // 1, k1=len(alias6))
v8.append(alias12 ** 5)
print(type(t15).__name__)
print(sys.getsizeof(v2))
v19 = ()
v20 = float(alias12)
v21 = set()
v22 = v20 * 3.141592653589793
print(gc.collect())
