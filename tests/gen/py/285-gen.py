# gen.py 285 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = "a"
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
    acc = tuple(acc)
    return acc
v1 = -97439
print(sys.getsizeof(v1))
v2 = b"\x00\xff"
print(sys.getsizeof(v1))
v3 = C1(-v1)
def g1(n):
    for i in range(n):
        yield i * 2
del v3
t4 = [v1 % 5, -v1, v1 % 97]
t5 = id(t4)
del t4
t6 = [-v1, v1 * 0, -v1, v1 * 1]
print(id(t6) == t5)
if t6:
    t6[0] = "hello"
alias7 = t6
print(alias7 is t6, id(alias7) == id(t6))
v8 = ()
t9 = 1e10
t10 = id(t9)
del t9
t11 = 514.11
print(id(t11) == t10)
print(gc.is_tracked(v2))
print(list(g1(3)))
r12 = f1(v1 * 5)
print(r12)
print(sys.getsizeof(v2))
acc13 = []
for i in range(3):
    acc13.append([i])
print(len(acc13), acc13[-3:])
print(sys.getrefcount(alias7))
print(type(t11).__name__)
o14 = C1(v1 ** 3)
o15 = C1(v1 ** 3)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
del acc13
v16 = v1 / -8
v17 = v1 % 10
print(v1 is v1 + 0, v1 == v1 + 0)
r18 = f1(-v1)
print(r18)
v19 = dict(k0=-v17, k1=len(alias7), k2=len(v8))
it20 = g1(2)
print(type(it20).__name__)
print(sys.getsizeof(it20))
for v in it20:
    print(v)
v21 = 26217
print(sys.getsizeof(v1))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getrefcount(t6))
v22 = b"\x00\xff"
print(len(gc.get_referents(alias7)))
alias23 = t11
print(alias23 is t11, id(alias23) == id(t11))
print(v1)
x1 = 1000
x2 = 1000
print(x1 is x2)
del r18
t24 = 100.0
t25 = id(t24)
del t24
t26 = 0.0
print(id(t26) == t25)
print(list(g1(8)))
print(gc.collect())
