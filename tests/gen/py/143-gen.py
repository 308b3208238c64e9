# gen.py 143 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0=6):
    acc = [p0]
    return acc
v1 = "abc123"
v2 = ("abc123", v1.title(), "snake_case", 0.1, 256)
print(len(v2))
print(len(v2))
o3 = C1(90000000000000000000982)
o4 = C1(219)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
v5 = C1(144)
v6 = 1000000000000000000000000000000000000000000000000456
def g1(n):
    for i in range(n):
        yield i * 2
print(o4.a, o4.total())
v7 = C1(len(v1))
v8 = {i: i * i for i in range(6)}
print(sys.getsizeof(v2))
o9 = C1(len(v8))
o10 = C1(len(v1))
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
if 11 in v8:
    del v8[11]
print(type(v1).__name__)
x1 = "abc"
x2 = "abc"
print(x1 is x2)
v11 = {30, 35, 32, 21, 45, 37, 7, 52}
o12 = C1(v6 * -2)
o13 = C1(len(v2))
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
v14 = ()
del o4
v11.add(39)
print(sum(x * x for x in range(30)))
print(gc.is_tracked(v11))
acc15 = []
i = 0
while i < 3:
    if i % 2 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
v11 = {i % 1 for i in range(16)}
print(gc.is_tracked(acc15))
acc16 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc16.append((i, x))
else:
    acc16.append(None)
print(len(acc16), acc16[-3:])
t17 = -2.25
t18 = id(t17)
del t17
t19 = v6 / 3
print(id(t19) == t18)
v20 = "-".join(str(e) for e in v2)
v21 = ()
print(sys.getsizeof(acc15))
print(type(o3).__name__)
print(len(gc.get_referents(v7)))
o22 = C1(122)
o23 = C1(v6 % 5)
o22.other = o23
o23.other = o22
print(sys.getrefcount(o22), sys.getrefcount(o23))
del o22, o23
print(gc.collect())
acc24 = []
i = 0
while i < 13:
    if i % 4 == 0:
        acc24.append(i)
    i += 1
print(len(acc24), acc24[-3:])
print(type(v6).__name__)
del t19
print(v7.a, v7.total())
print(sys.getrefcount(acc15))
print(v8.pop("k6", None))
print(gc.collect())
