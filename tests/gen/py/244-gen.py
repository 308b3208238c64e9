# gen.py 244 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "€"
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
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
o1 = C1(214)
o2 = C1(173)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = C1(230)
v4 = {26}
v4.add(29)
print(sys.getrefcount(v3))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v4.add(17)
v5 = "ü"
alias6 = v3
print(alias6 is v3, id(alias6) == id(v3))
print(sys.getsizeof(v5))
v7 = -67844
v8 = len(v5)
print(len(v4))
print(sys.getsizeof(v8))
v4.add(22)
v9 = {"k0": -v8, "k1": len(v5), "k2": "line\n", "k3": v8 + 126}
print(sys.getsizeof(v9))
alias10 = v7
print(alias10 is v7, id(alias10) == id(v7))
del v9
print(sys.getsizeof(v4))
print(11 in v4)
print(12 in v4)
v11 = v5.title()
v4.discard(33)
print(gc.is_tracked(alias10))
def g1(n):
    for i in range(n):
        yield i * 2
c12 = make_counter1()
print(c12(), c12(1), c12())
v4.add(7)
v8 = v7 % 97
alias13 = v5
print(alias13 is v5, id(alias13) == id(v5))
print(gc.is_tracked(alias6))
v14 = v4 - v4
alias15 = v7
print(alias15 is v7, id(alias15) == id(v7))
it16 = g1(2)
print(type(it16).__name__)
print(sys.getsizeof(it16))
for v in it16:
    print(v)
print(v8 is v8 + 0, v8 == v8 + 0)
v14.discard(17)
print(sys.getsizeof(v4))
print(gc.collect())
