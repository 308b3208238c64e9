# gen.py 112 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "abc123"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2=9):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
r1 = f1(25842, 90000000000000000000000000000000000000417, 3032)
print(r1)
v2 = [120]
print(gc.is_tracked(v2))
t3 = "-".join(str(e) for e in v2)
t4 = id(t3)
del t3
t5 = repr(v2)
print(id(t5) == t4)
o6 = C2(726273216)
o7 = C2(30737)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
if v2:
    v2[0] = repr(v2)
del r1
del t5
print(v2)
alias8 = o7
print(alias8 is o7, id(alias8) == id(o7))
if v2:
    print(v2.pop())
if v2:
    print(v2.pop())
t9 = [65, 78413, -51849, 216, 58096, 40722]
t10 = id(t9)
del t9
t11 = [[j] * 2 for j in range(0)]
print(id(t11) == t10)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(o6))
print(sys.getsizeof(alias8))
o12 = C2(30000000000000000000000000000000000000000848)
o13 = C2(8000000000000000000000000547)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
print(type(o6).__name__)
def g1(n):
    for i in range(n):
        yield i * 2
del o6
t11.append("a")
print(list(g1(3)))
v14 = C2(187)
acc15 = []
i = 0
while i < 19:
    if i % 5 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
v16 = bytes(18)
v14 = C1(len(v2))
v17 = 2.5e-3
o7 = C1(400000000000000000000000000000000000113)
acc15.append(str(v17))
v18 = "b"
print(len(gc.get_referents(t11)))
print(sys.getsizeof(v2))
o19 = C2(72448)
o20 = C2(-77441)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
x1 = 1000
x2 = 1000
print(x1 is x2)
alias21 = acc15
print(alias21 is acc15, id(alias21) == id(acc15))
v22 = 970348893
print(sys.getsizeof(o20))
acc15.insert(-1, v22 ** 3)
print(gc.collect())
print(gc.collect())
