# gen.py 99 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
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
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
v1 = C1(210)
v2 = set()
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sorted(v2))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
c3 = make_counter1()
print(c3(), c3(6), c3())
v2.discard(35)
v4 = v2 ^ v2
print(sys.getsizeof(v4))
v5 = dict(k0=300000000000000000000000000000000000000000000000676, k1=51, k2=237, k3=212, k4=153)
v4.add(33)
v2.add(40)
print(len(v5))
print(v5.get("k0"), list(v5.keys())[:3])
o6 = C2(55)
o7 = C2(23081)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
print(gc.is_tracked(v4))
del v2
print(sys.getsizeof(v1))
print(v5)
x1 = 1000
x2 = 1000
print(x1 is x2)
v4.discard(25)
print(v5.get("k3"), list(v5.keys())[:3])
print(sys.getsizeof(v1))
print(v5.pop("k2", None))
def g1(n):
    for i in range(n):
        yield i * 3
v5 = {107: 57682, 204: -9389, 144: 30000000000000000000000000000000441, 128: 684702919, 124: 1890015443, 79: -26164}
try:
    print(4 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(sum(g1(6)), max(g1(2), default=-1))
c8 = make_counter1()
print(c8(), c8(9), c8())
t9 = "€"
t10 = id(t9)
del t9
t11 = "€"
print(id(t11) == t10)
x1 = 1000
x2 = 1000
print(x1 is x2)
v12 = ()
v13 = v4 & v4
print(v5.pop(7, None))
v14 = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
print(sys.getsizeof(v5))
print(sys.getsizeof(v14))
print(gc.collect())
