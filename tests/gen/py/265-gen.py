# gen.py 265 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "spam eggs"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    for i in range(2):
        acc.append(i)
    return acc
acc1 = []
for i in range(14):
    acc1.append(str(i))
print(len(acc1), acc1[-3:])
del acc1
v2 = C1(203)
v3 = b""
v4 = [i * 9 for i in range(10)]
v4.extend(range(0))
print(sys.getsizeof(v4))
v5 = (110, "", 70000000000000000000167, 2.5e-3)
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
v6 = (600000000000000000000000000000000000000000000000000155, 3.141592653589793)
print(v3)
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v5))
print(v6)
v7 = 3.141592653589793
if v4:
    v4[0] = "abc123"
v4.insert(-1, -11549)
def g1(n):
    for i in range(n):
        yield i * 2
v4.insert(-2, 70000000000000000000000000000000000000000000000000371)
print(len(gc.get_referents(v6)))
print(sys.getrefcount(v2))
alias8 = v4
print(alias8 is v4, id(alias8) == id(v4))
r9 = f1(400000000000000000000000000000000000000000426)
print(r9)
v4.reverse()
alias10 = v7
print(alias10 is v7, id(alias10) == id(v7))
del v3
del v6
print(v2.a, v2.total())
t11 = [85, len(alias8), 127, 150, 28, 1251922329]
t12 = id(t11)
del t11
t13 = [100.0]
print(id(t13) == t12)
t13 = [3.141592653589793, -2.25, "abc123", alias10 * 1.5, "a", "a"]
v14 = {i % 5 for i in range(24)}
acc15 = []
for i in range(15):
    acc15.append((i, i))
print(len(acc15), acc15[-3:])
v16 = "€"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
v17 = bytes(11)
print(sys.getsizeof(v7))
print(gc.collect())
