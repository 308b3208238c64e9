# gen.py 291 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = set(range(5))
o2 = C1(161)
o3 = C1(2000000000000000000000000000000205)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
print(sys.getsizeof(v1))
t4 = 0.0
t5 = id(t4)
del t4
t6 = 1.5
print(id(t6) == t5)
v7 = "a"
r8 = f1(87, 202)
print(r8)
o9 = C1(72698)
o10 = C1(134)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
v11 = bytes(20)
print(len(gc.get_referents(o9)))
print(12 in v1)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o12 = C1(300000000000000000000549)
o13 = C1(223)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
v14 = v7.swapcase()
print(t6)
print(sys.getsizeof(v7))
def g1(n):
    for i in range(n):
        yield i * 2
v1.discard(7)
del v1
v15 = v11[1:]
print(v7)
print(sys.getsizeof(o10))
t16 = 3.141592653589793
t17 = id(t16)
del t16
t18 = 1.5
print(id(t18) == t17)
o19 = C1(223)
o20 = C1(21)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
del o19, o20
print(gc.collect())
print(t6)
print(list(g1(4)))
print(t6)
print(sys.getsizeof(o9))
print(gc.collect())
print(sum(g1(2)), max(g1(2), default=-1))
print(gc.is_tracked(o10))
x1 = "abc"
x2 = "abc"
print(x1 is x2)
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
print(sum(x * x for x in range(16)))
print(sys.getsizeof(v14))
v21 = (202,)
o22 = C2(45206)
o23 = C2(14161)
o22.other = o23
o23.other = o22
print(sys.getrefcount(o22), sys.getrefcount(o23))
del o22, o23
print(gc.collect())
print(gc.collect())
