# gen.py 75 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a"
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
def f1(p0, p1):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = b""
v2 = [10000000000000000000000000000000000630, 23, 25770, -15879, 200000000000000000000000000000000000000000000000000000000975, 38483, 82700]
print(sys.getsizeof(v2))
print(sys.getsizeof(v1))
print(v2)
print(type(v2).__name__)
del v2[:3]
del v2
v3 = {60, 60, 54, 39, 7, 31}
print(17 in v3)
del v3
o4 = C2(327899187)
o5 = C2(566430430)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
v6 = {97, 19, 40, 52, 19}
print(sys.getsizeof(v1))
r7 = f1(-2, -11049)
print(r7)
v8 = "ü"
del r7
print(type(v6).__name__)
v6.discard(15)
print(v8)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(type(v6).__name__)
print(20 in v6)
x1 = 1000
x2 = 1000
print(x1 is x2)
c9 = make_counter1()
print(c9(), c9(7), c9())
print(o5.a, o5.total())
print(sys.getsizeof(v1))
print(type(o5).__name__)
print(gc.collect())
print(sys.getsizeof(v6))
v6.add(21)
o10 = C1(185)
o11 = C1(22768)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
print(sorted(v6))
x1 = ()
x2 = ()
print(x1 is x2)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v6 = v6 ^ v6
print(gc.collect())
