# gen.py 183 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    acc = {str(i): i for i in acc}
    return acc
v1 = 1.5
alias2 = v1
print(alias2 is v1, id(alias2) == id(v1))
v3 = 6770
o4 = C1(v3 ** 4)
o5 = C1(1000000000000000000000000000000000000000845)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
v6 = set()
print(sys.getsizeof(alias2))
print(10 in v6)
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
print(v1)
print(alias2)
print(10 in v6)
o7 = C1(v3 ** 3)
o8 = C1(v3 ** 5)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
del alias2
def g1(n):
    for i in range(n):
        yield i * 3
print(type(v6).__name__)
v6.discard(12)
t9 = "abc123"
t10 = id(t9)
del t9
t11 = "line\n"
print(id(t11) == t10)
v12 = C1(v3 * 3)
def g2(n):
    for i in range(n):
        yield i * 3
del o7
alias13 = v1
print(alias13 is v1, id(alias13) == id(v1))
t14 = {44: len(t11)}
t15 = id(t14)
del t14
t16 = {"k0": "xxxxxxx", "k1": repr(v1)}
print(id(t16) == t15)
o17 = C1(len(t11))
o18 = C1(v3 * 6)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del alias13
v1 = float(v3)
v1 = float(v3)
o19 = C1(v3 ** 3)
o20 = C1(-v3)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
del o19, o20
print(gc.collect())
v21 = ()
print(type(t11).__name__)
print(len(gc.get_referents(o18)))
o22 = C1(-58252)
o23 = C1(v3 % 5)
o22.other = o23
o23.other = o22
print(sys.getrefcount(o22), sys.getrefcount(o23))
del o22, o23
print(gc.collect())
del o8
c24 = make_counter1()
print(c24(), c24(7), c24())
x1 = 256
x2 = 256
print(x1 is x2)
v25 = {"k0": repr(t16), "k1": v3 * -1, "k2": -v3, "k3": "-".join(str(e) for e in v21), "k4": 86442, "k5": "hello"}
o26 = C1(len(v21))
o27 = C1(v3 * -1)
o26.other = o27
o27.other = o26
print(sys.getrefcount(o26), sys.getrefcount(o27))
del o26, o27
print(gc.collect())
print(gc.collect())
