# gen.py 64 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    kind = ""
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
    acc = tuple(acc)
    return acc
try:
    print(undefined_name_2)
except Exception as e:
    print(type(e).__name__, e)
v1 = {i % 4 for i in range(23)}
v1.add(11)
v2 = 95
v3 = C2(213)
print(sys.getsizeof(v3))
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
print(sorted(v1))
print(type(v2).__name__)
print(sorted(v1))
def g1(n):
    for i in range(n):
        yield i * 3
print(type(v3).__name__)
v4 = ()
print(gc.is_tracked(v2))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(type(v2).__name__)
o5 = C2(-93175)
o6 = C2(len(v4))
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
print(type(v1).__name__)
v7 = 2.5e-3
print(sys.getsizeof(v7))
del v1
c8 = make_counter1()
print(c8(), c8(1), c8())
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v9 = "Hello World"
v10 = dict(k0=v2 + 86671, k1=v2 // -4, k2=-74157)
print(o6.a, o6.total())
acc11 = []
for i, x in enumerate([3, 1, 2]):
    if i > 0:
        break
    acc11.append((i, x))
else:
    acc11.append(None)
print(len(acc11), acc11[-3:])
v12 = C2(v2 * -3)
c13 = make_counter1()
print(c13(), c13(9), c13())
o14 = C1(v2 ** 2)
o15 = C1(v2 // -4)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
print(gc.is_tracked(v7))
acc11 = [str(v7)]
print(sys.getsizeof(o6))
v16 = C2(v2 ** 5)
print(v10.pop(3, None))
print(sys.getrefcount(v16))
print(v10)
print(sys.getsizeof(v2))
print(len(gc.get_referents(o5)))
print(gc.is_tracked(o14))
print(gc.collect())
