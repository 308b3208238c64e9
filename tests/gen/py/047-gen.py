# gen.py 47 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    kind = "snake_case"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2=0):
    acc = [p0, p1, p2]
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = 100.0
v2 = set()
x1 = 257
x2 = 257
print(x1 is x2)
v3 = {287: 4000000000000000000000000000000807, -2: -13095, 276: 90000000000000000000000000000000099}
print(gc.is_tracked(v3))
v2.discard(47)
v4 = v2 - v2
print(gc.collect())
del v3
print(sys.getsizeof(v4))
print(sorted(v4))
def g1(n):
    for i in range(n):
        yield i * 2
v4.discard(38)
t5 = [-67265]
t6 = id(t5)
del t5
t7 = []
print(id(t7) == t6)
o8 = C2(60000000000000000590)
o9 = C2(172)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
del v2
v1 = 352.67
v1 = v1 * 1e10
del t7
r10 = f1(72, 83556, 188)
print(r10)
v11 = -7320
t12 = "line\n"
t13 = id(t12)
del t12
t14 = "a-b-c"
print(id(t14) == t13)
print(sys.getsizeof(t14))
v15 = 843.2
alias16 = v11
print(alias16 is v11, id(alias16) == id(v11))
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
v17 = [alias16 + 421704849, 0.0]
print(sys.getrefcount(v17))
print(sys.getsizeof(v1))
print(v11 is v11 + 0, v11 == v11 + 0)
v18 = C2(alias16 ** 3)
v19 = 1.5
v20 = set(range(11))
v20 = v20 - v4
r21 = f1(alias16 + 240, v11 + -60209, len(t14))
print(r21)
print(type(v4).__name__)
print(gc.collect())
