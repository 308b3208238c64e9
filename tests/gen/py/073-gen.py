# gen.py 73 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
class C2:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1():
    acc = []
    return acc
v1 = C1(6)
v2 = {58, 65, 50, 18, 2, 28, 67}
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(5 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(type(v1).__name__)
print(sys.getrefcount(v2))
v3 = [37, 62, 219, 9000000000000000000000000000000358, 23, 214, 40, -22228, 64]
v1 = C2(-93605)
v4 = 100.0
def g1(n):
    for i in range(n):
        yield i * 2
v2.add(7)
v5 = tuple(v3)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
o6 = C2(100)
o7 = C2(4000000000000000000000000000000000000000000000000000000000392)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
v2.add(39)
acc8 = []
for i, x in enumerate(range(5, 12)):
    if i > 2:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
print(gc.is_tracked(v3))
del v3
v9 = b"\x00\xff"
del v4
v2.discard(23)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o10 = C2(68278)
o11 = C2(700000000000000000000000000000000000000000000475)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
v12 = 521000346
print(sys.getsizeof(v5))
x1 = 1000
x2 = 1000
print(x1 is x2)
print(v12 is v12 + 0, v12 == v12 + 0)
it13 = g1(5)
print(type(it13).__name__)
print(sys.getsizeof(it13))
for v in it13:
    print(v)
v14 = [v12 // 2, v12 + 79364, v12 % 2, v12 * 4, 63, v12 % 10, v12 % 10, -30562, v12 // 7]
print(sys.getrefcount(v2))
alias15 = v1
print(alias15 is v1, id(alias15) == id(v1))
print(type(v5).__name__)
v16 = dict(k0=len(acc8))
print(sys.getrefcount(v16))
v2.discard(35)
v17 = v2 & v2
print(sys.getsizeof(v9))
acc8 = [[j] * 3 for j in range(3)]
t18 = list(range(5))
t19 = id(t18)
del t18
t20 = acc8 * 0
print(id(t20) == t19)
print(gc.collect())
