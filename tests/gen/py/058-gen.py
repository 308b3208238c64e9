# gen.py 58 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0=7):
    acc = [p0]
    return acc
v1 = (1799722749,)
print(gc.collect())
v2 = C1(226)
v3 = {i: i * i for i in range(1)}
v1 = ("spam eggs", "", "ü", -2.25)
r4 = f1(200000000000000000000000000947)
print(r4)
v5 = C1(50000000000000000000000000000000000000000000000129)
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
v6 = list(range(4))
print(v6)
v7 = 138
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
if v6:
    v6[0] = "spam eggs"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v7))
acc8 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
print(sys.getrefcount(acc8))
v9 = v7 + -55129
del v1
def g1(n):
    for i in range(n):
        yield i * 3
v10 = {53, 98, 96, 98, 48, 5, 38}
print(sum(g1(1)), max(g1(1), default=-1))
print(list(g1(3)))
v11 = v10 | v10
v11.add(10)
print(sys.getsizeof(v3))
print(sys.getsizeof(v3))
v12 = C1(len(v3))
v13 = [i * 6 for i in range(2)]
v6.reverse()
it14 = g1(3)
print(type(it14).__name__)
print(sys.getsizeof(it14))
for v in it14:
    print(v)
v15 = set(range(4))
print(sys.getrefcount(v3))
c16 = make_counter1()
print(c16(), c16(9), c16())
print(type(v11).__name__)
del v5
print(type(v9).__name__)
v17 = 80000000000000000000000000000000000000000000000000152
v18 = "b"
print(gc.collect())
