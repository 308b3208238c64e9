# gen.py 87 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
v1 = ("spam eggs", "b")
try:
    print(7 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v2 = C1(240)
print(len(gc.get_referents(v1)))
print(len(v1))
v3 = len(v1)
v4 = v3 + 63960
print(sys.getsizeof(v1))
v5 = "-".join(str(e) for e in v1)
print(type(v5).__name__)
v6 = []
print(sys.getrefcount(v6))
v6.extend(range(8))
acc7 = []
i = 0
while i < 25:
    if i % 3 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
acc8 = []
for i in range(16):
    acc8.append(i * 1000)
print(len(acc8), acc8[-3:])
o9 = C1(v3 % 10)
o10 = C1(v3 + 56632037)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
v11 = v4 % 10
print(sys.getsizeof(v11))
print(gc.collect())
if acc7:
    print(acc7.pop())
v12 = "abc123"
def g1(n):
    for i in range(n):
        yield i * 4
print(sys.getsizeof(v3))
acc7.reverse()
print(gc.is_tracked(v12))
del v5
def g2(n):
    for i in range(n):
        yield i * 3
v13 = C1(v4 * 1)
v2 = C1(v3 * -1)
v14 = {131: v3 + 89385, 158: v11 % 97, 193: len(v12), -9: len(v6)}
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(acc8)
print(sys.getsizeof(v2))
v14 = dict(k0=-v3)
print(sys.getsizeof(v13))
acc15 = []
for i in range(0):
    acc15.append((i, i))
print(len(acc15), acc15[-3:])
print(sys.getsizeof(acc15))
print(sys.getrefcount(v2))
r16 = f1(177, v4 * 7)
print(r16)
print(gc.collect())
