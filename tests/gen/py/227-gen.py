# gen.py 227 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(2):
        acc.append(i)
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = [[j] * 0 for j in range(1)]
v1.reverse()
print(sys.getsizeof(v1))
print(v1)
r2 = f1(47, -1405, 12567)
print(r2)
v1.insert(2, 200000000000000000000000000000000854)
alias3 = v1
print(alias3 is v1, id(alias3) == id(v1))
x1 = ()
x2 = ()
print(x1 is x2)
print(len(gc.get_referents(v1)))
v4 = 74296
t5 = alias3[:]
t6 = id(t5)
del t5
t7 = alias3[:]
print(id(t7) == t6)
def g1(n):
    for i in range(n):
        yield i * 4
print(sys.getsizeof(alias3))
v8 = alias3 + [v4 + 96]
if v8:
    print(v8.pop())
if v8:
    print(v8.pop())
v8.extend(range(0))
r9 = f1(v4 ** 2, 132, v4 % 2)
print(r9)
v10 = str(v4)
print(sum(g1(1)), max(g1(0), default=-1))
print(len(alias3))
print(type(v10).__name__)
try:
    print([1, 2, 3][7])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v4))
print(gc.is_tracked(alias3))
o11 = C1(len(alias3))
o12 = C1(v4 % 2)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
it13 = g1(1)
print(type(it13).__name__)
print(sys.getsizeof(it13))
for v in it13:
    print(v)
r14 = f1(1000000000000000000000000000000000000000000000000000000217, len(v8), 9000000000000000000000000000000000000149)
print(r14)
v15 = set()
v16 = repr(v4)
v17 = {"k0": str(v4)}
print(v4 is v4 + 0, v4 == v4 + 0)
if "k4" in v17:
    del v17["k4"]
r18 = f1(v4 % 97, 81, v4 ** 5)
print(r18)
acc19 = []
for i in range(16):
    acc19.append(i * 1000)
print(len(acc19), acc19[-3:])
v16 = "  pad  "
print(gc.collect())
