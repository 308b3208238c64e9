# gen.py 68 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "hello"
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
def f1(p0, p1, p2=5):
    acc = [p0, p1, p2]
    return acc
x1 = 256
x2 = 256
print(x1 is x2)
v1 = C1(42)
print(type(v1).__name__)
v2 = {i % 9 for i in range(12)}
try:
    print(undefined_name_8)
except Exception as e:
    print(type(e).__name__, e)
v3 = "a-b-c"
v4 = -98740
acc5 = []
i = 0
while i < 13:
    if i % 5 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
v6 = (v4 ** 3, -v4)
print(gc.is_tracked(acc5))
del acc5
r7 = f1(v4 ** 4, v4 + 20000000000000000000000000000000000000000000878, len(v3))
print(r7)
v2.discard(43)
v8 = 2.5e-3
v9 = C2(v4 * 1)
print(5 in v2)
print(sys.getsizeof(v8))
print(13 in v2)
del v8
print(len(gc.get_referents(v6)))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v9 = C2(v4 % 2)
print(v9.a, v9.total())
print(sys.getrefcount(v1))
c10 = make_counter1()
print(c10(), c10(4), c10())
print(sys.getsizeof(v9))
o11 = C2(v4 * -2)
o12 = C2(171)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
v13 = v3[0:3]
v14 = {"k0": v4 // -4, "k1": v13.replace("l", "L"), "k2": v13[0:7], "k3": 125}
t15 = [v4 + 17, len(v3), v4 * 3]
t16 = id(t15)
del t15
t17 = list(range(8))
print(id(t17) == t16)
v14.update({3: 0})
del v6
print(len(gc.get_referents(o11)))
v18 = -2.25
v2 = {i % 4 for i in range(2)}
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v9 = C1(v4 % 10)
r19 = f1(v4 ** 2, 34, v4 * 1)
print(r19)
print(gc.collect())
