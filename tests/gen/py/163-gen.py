# gen.py 163 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "中文"
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
def f1(p0=9):
    acc = [p0]
    for i in range(5):
        acc.append(i)
    return acc
v1 = dict(k0=90000000000000000000625, k1=58377, k2=30000000000000000000331, k3=800000000000000000000000000000000000970, k4=6)
v1.update({"k6": 3})
print(v1)
print(sys.getrefcount(v1))
v2 = C2(600000000000000000000000783)
v1 = {168: len(v1), 253: 9000000000000000000000000000000982, 92: 4, 112: 1000000000000000000000000000000000000000720, 146: 254, -17: 247141733}
def g1(n):
    for i in range(n):
        yield i * 4
print(sys.getrefcount(v1))
print(type(v2).__name__)
del v1
r3 = f1(299908300)
print(r3)
del v2
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o4 = C2(36234)
o5 = C2(90439)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
o6 = C1(183)
o7 = C1(1530374310)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
print(list(g1(2)))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(4 // 0)
except Exception as e:
    print(type(e).__name__, e)
r8 = f1(924538703)
print(r8)
v9 = set(range(16))
print(sorted(v9))
print(len(v9))
r10 = f1(200000000000000000000000000000000000000000000000000000000104)
print(r10)
v11 = [1e10, "snake_case", 198]
print(sys.getsizeof(v9))
v11.extend(range(4))
t12 = ()
t13 = id(t12)
del t12
t14 = (repr(v11), "UPPER", 0.0, 254, "UPPER", -36264)
print(id(t14) == t13)
def g2(n):
    for i in range(n):
        yield i * 1
acc15 = []
for i in range(11):
    acc15.append((i, i))
print(len(acc15), acc15[-3:])
del v11[:0]
print(gc.collect())
