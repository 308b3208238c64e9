# gen.py 67 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    return acc
o1 = C1(1194111944)
o2 = C1(85)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
r3 = f1(246, 200, 85444)
print(r3)
v4 = {207: -5610, 61: 100000000000000000000000000000000000000000000000000000876, 206: 8, 49: 117, 204: -3490, 274: 92}
v5 = {84, 44}
r6 = f1(67, 8000000000000000000000000000000321, 50000000000000000000000000000000000600)
print(r6)
v7 = 3.141592653589793
v8 = (10000000000000000000000000000000000000000000614,)
try:
    print(undefined_name_4)
except Exception as e:
    print(type(e).__name__, e)
x1 = 257
x2 = 257
print(x1 is x2)
print(sys.getsizeof(v5))
v9 = b""
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o10 = C1(256732949)
o11 = C1(853741802)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
v12 = [[j] * 0 for j in range(4)]
print(gc.is_tracked(o10))
o13 = C1(522906829)
o14 = C1(60000000000000000000000000000000000956)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
t15 = []
t16 = id(t15)
del t15
t17 = [41321, 251, 199, -8692, 62656, -46076, 542699252, -74417]
print(id(t17) == t16)
v5.add(20)
o18 = C1(107)
o19 = C1(21891)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
del o18, o19
print(gc.collect())
t20 = f"<{v7}>"
t21 = id(t20)
del t20
t22 = "a-b-c"
print(id(t22) == t21)
del v12
v23 = set(range(14))
v4 = {}
print(len(gc.get_referents(o11)))
print(len(gc.get_referents(o10)))
if t17:
    t17[0] = "-".join(str(e) for e in v8)
v24 = C1(12)
r25 = f1(627915571, -68444, len(v4))
print(r25)
v26 = C1(146)
try:
    print(undefined_name_7)
except Exception as e:
    print(type(e).__name__, e)
v27 = bytes(16)
t28 = {"k0": len(v8)}
t29 = id(t28)
del t28
t30 = dict(k0=197, k1=65)
print(id(t30) == t29)
acc31 = []
for i in range(13):
    acc31.append({i: i})
print(len(acc31), acc31[-3:])
print(o11.a, o11.total())
v32 = v9 + b""
v33 = 51
print(gc.collect())
