# gen.py 71 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1():
    acc = []
    acc = tuple(acc)
    return acc
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v1 = C1(13)
v2 = {14, 36, 50, 52}
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v3 = [60000000000000000000000000000000000592, 46273]
v4 = -2.25
del v3
print(type(v1).__name__)
print(type(v4).__name__)
print(sys.getsizeof(v4))
del v4
v2.add(43)
o5 = C2(91)
o6 = C2(600000000000000000000000000000000000000000000000837)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
print(sys.getsizeof(v1))
v7 = 8000000000000000000000000000000131
v8 = [[j] * 3 for j in range(3)]
print(sys.getsizeof(v8))
if v8:
    v8[0] = "abc123"
def g1(n):
    for i in range(n):
        yield i * 5
x1 = 1000
x2 = 1000
print(x1 is x2)
acc9 = []
for i in range(13):
    acc9.append([i])
print(len(acc9), acc9[-3:])
print(gc.is_tracked(v7))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
c10 = make_counter1()
print(c10(), c10(8), c10())
v11 = (float(v7), 0.0, "-".join(str(e) for e in acc9), float(v7), 1.5, float(v7))
c12 = make_counter1()
print(c12(), c12(7), c12())
print(sys.getrefcount(v8))
del acc9
v13 = "xxxxxxxxxxx"
r14 = f1()
print(r14)
v2.add(30)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v7 = 9
v15 = (float(v7), "abc123")
print(len(gc.get_referents(v1)))
print(len(gc.get_referents(v8)))
v8.insert(0, v7 % 10)
o16 = C2(len(v11))
o17 = C2(v7 % 97)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
v18 = (1e10, v13.strip(), v13 + "line\n", v7 * 3, 100.0)
print(gc.collect())
