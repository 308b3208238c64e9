# gen.py 181 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    acc = {str(i): i for i in acc}
    return acc
v1 = [[j] * 1 for j in range(0)]
v2 = len(v1)
print(sys.getsizeof(v2))
v1.extend(range(0))
r3 = f1(v2 ** 3, v2 // 7)
print(r3)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v4 = v2 * 4
print(v4 is v4 + 0, v4 == v4 + 0)
v1.insert(0, len(v1))
print(sys.getsizeof(v1))
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
v1.reverse()
del r3
print(sys.getsizeof(v2))
v1 = [i * 5 for i in range(2)]
def g1(n):
    for i in range(n):
        yield i * 5
v5 = 41215
v1.reverse()
v6 = (714301713, "ü", "€", "tab\t", 1.5, str(v2))
print(sys.getsizeof(v2))
print(gc.is_tracked(v1))
print(gc.collect())
v7 = dict(k0=-56815, k1=v4 ** 4, k2=-v5)
v1.reverse()
v8 = v1[:]
r9 = f1(-v5, len(v8))
print(r9)
print(sum(x * x for x in range(1)))
del v8
v7["k5"] = "b"
print(v4)
print(v4 is v4 + 0, v4 == v4 + 0)
print(sum(x * x for x in range(24)))
acc10 = []
i = 0
while i < 24:
    if i % 5 == 0:
        acc10.append(i)
    i += 1
print(len(acc10), acc10[-3:])
print(v7.get(0), list(v7.keys())[:3])
del v1[:2]
acc11 = []
for i, x in enumerate(range(5, 12)):
    if i > 2:
        break
    acc11.append((i, x))
else:
    acc11.append(None)
print(len(acc11), acc11[-3:])
acc10.insert(-2, 6000000000000000000000000000000000000000000000646)
v6 = ()
print(type(v6).__name__)
c12 = make_counter1()
print(c12(), c12(5), c12())
print(gc.collect())
