# gen.py 159 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = "spam eggs"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    return acc
v1 = -29015
print(sys.getsizeof(v1))
v2 = list(range(10))
print(sys.getsizeof(v2))
del v2
v3 = f"<{v1}>"
print(gc.is_tracked(v1))
print(gc.is_tracked(v1))
print(sys.getsizeof(v3))
v4 = -2.25
v5 = {80: len(v3), -18: v1 % 97, 88: 34348}
o6 = C2(-v1)
o7 = C2(185)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
acc8 = []
for i in range(25):
    acc8.append(str(i))
print(len(acc8), acc8[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
v1 = len(v5)
t9 = "a"
t10 = id(t9)
del t9
t11 = v3 + "  pad  "
print(id(t11) == t10)
v12 = -2.25
v5 = dict(k0=-v1, k1=59, k2=196, k3=len(acc8))
r13 = f1()
print(r13)
r14 = f1()
print(r14)
if acc8:
    print(acc8.pop())
c15 = make_counter1()
print(c15(), c15(3), c15())
print(type(v1).__name__)
alias16 = o7
print(alias16 is o7, id(alias16) == id(o7))
if acc8:
    acc8[0] = "€"
acc17 = []
for i in range(15):
    acc17.append({i: i})
print(len(acc17), acc17[-3:])
print(sys.getsizeof(acc17))
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
del acc8
v18 = set(range(0))
def g1(n):
    for i in range(n):
        yield i * 4
print(v5.get(3), list(v5.keys())[:3])
c19 = make_counter1()
print(c19(), c19(4), c19())
print(o7.a, o7.total())
del acc17[:0]
print(len(acc17))
print(sys.getrefcount(v18))
del o6
print(len(v18))
print(gc.collect())
