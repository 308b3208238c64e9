# gen.py 188 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1():
    acc = []
    acc = tuple(acc)
    return acc
v1 = ("hello", 8000000000000000000000000000000000000000000000352, -5481, "中文")
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
print(type(v1).__name__)
t2 = (977525538,)
t3 = id(t2)
del t2
t4 = ("ü", 741.59, 0.0, 0.0, -2.25)
print(id(t4) == t3)
v5 = C1(41)
o6 = C1(-72022)
o7 = C1(186)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
c8 = make_counter1()
print(c8(), c8(7), c8())
v5 = C1(219)
print(len(t4))
o9 = C1(149)
o10 = C1(14957)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
v11 = 0.0
v12 = (2.5e-3, 2.5e-3, 1e10, "  pad  ")
acc13 = []
for i in range(3):
    acc13.append({i: i})
print(len(acc13), acc13[-3:])
print(sys.getsizeof(acc13))
def g1(n):
    for i in range(n):
        yield i * 3
v14 = (0.0, len(v1), "-".join(str(e) for e in acc13))
x1 = 1000
x2 = 1000
print(x1 is x2)
acc13.insert(2, 180)
print(len(v14))
print(gc.is_tracked(v11))
x1 = 256
x2 = 256
print(x1 is x2)
print(len(t4))
print(sum(g1(0)), max(g1(2), default=-1))
v15 = ()
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
o16 = C1(500000000000000000000000184)
o17 = C1(55)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
c18 = make_counter1()
print(c18(), c18(8), c18())
def g2(n):
    for i in range(n):
        yield i * 5
print(v5.a, v5.total())
r19 = f1()
print(r19)
print(gc.is_tracked(o9))
c20 = make_counter1()
print(c20(), c20(8), c20())
print(len(gc.get_referents(v1)))
acc13.append(70000000000000000451)
if acc13:
    acc13[0] = "a-b-c"
del v15
del o16
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
