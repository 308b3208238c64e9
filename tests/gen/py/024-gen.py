# gen.py 24 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "spam eggs"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
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
    acc = tuple(acc)
    return acc
try:
    print(1 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
r1 = f1()
print(r1)
v2 = "abc123"
v3 = (1.5, 3.141592653589793, "abc123")
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o4 = C1(-35176)
o5 = C1(248)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
def g1(n):
    for i in range(n):
        yield i * 2
o4 = C1(500000000000000000000000000000000000000000000000783)
v6 = "abc123"
del v3
v7 = ("a", -57766, 162, 100.0, "abc123", v6[1:7])
v8 = len(v7)
it9 = g1(3)
print(type(it9).__name__)
print(sys.getsizeof(it9))
for v in it9:
    print(v)
r10 = f1()
print(r10)
c11 = make_counter1()
print(c11(), c11(1), c11())
v12 = 81
v13 = [[j] * 0 for j in range(0)]
v13 = []
print(type(o4).__name__)
v14 = "€"
acc15 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc15.append((i, x))
else:
    acc15.append(None)
print(len(acc15), acc15[-3:])
v13 = v13 + [-v12]
print(list(g1(4)))
it16 = g1(4)
print(type(it16).__name__)
print(sys.getsizeof(it16))
for v in it16:
    print(v)
v17 = v14.split()
print(len(gc.get_referents(v13)))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(type(o5).__name__)
print(type(v2).__name__)
print(sys.getsizeof(v7))
c18 = make_counter1()
print(c18(), c18(6), c18())
print(len(v6))
del v14
print(type(v2).__name__)
if v17:
    v17[0] = str(v12)
print(sys.getsizeof(acc15))
v13.append(v6.replace("l", "L"))
del v17
acc19 = []
for i in range(7):
    acc19.append(i)
print(len(acc19), acc19[-3:])
print(acc15)
print(gc.collect())
