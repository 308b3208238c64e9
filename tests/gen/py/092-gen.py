# gen.py 92 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "line\n"
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
    return acc
v1 = {i: i * i for i in range(0)}
def g1(n):
    for i in range(n):
        yield i * 2
o2 = C1(30000000000000000000000690)
o3 = C1(2000000000000000000000000000000000000000000371)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
print(sys.getrefcount(v1))
print(sys.getsizeof(v1))
print(gc.is_tracked(v1))
o4 = C1(189)
o5 = C1(len(v1))
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
v6 = C1(-18479)
v7 = 1e10
v1 = {228: 157, -16: 66, 260: 200000000000000000000903, 74: 84177, -8: 204, 187: 108, 166: -72402}
print(sum(x * x for x in range(25)))
t8 = -2.25
t9 = id(t8)
del t8
t10 = 100.0
print(id(t10) == t9)
v1[4] = 62
v1.update({3: 5})
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v1[8] = "line\n"
it11 = g1(3)
print(type(it11).__name__)
print(sys.getsizeof(it11))
for v in it11:
    print(v)
if "k0" in v1:
    del v1["k0"]
print(sys.getsizeof(t10))
acc12 = []
i = 0
while i < 14:
    if i % 3 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
r13 = f1()
print(r13)
print(v1)
print(list(g1(3)))
del r13
if acc12:
    print(acc12.pop())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(t10))
v14 = {67, 33}
print(v1)
acc15 = []
for i, x in enumerate("abcdef"):
    if i > 1:
        break
    acc15.append((i, x))
else:
    acc15.append(None)
print(len(acc15), acc15[-3:])
print(gc.is_tracked(v1))
del acc15
v16 = f"<{t10}>"
print(sys.getsizeof(v14))
o17 = C1(34306)
o18 = C1(150)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
v14.add(5)
v19 = b"zzzzzz"
print(sys.getsizeof(t10))
print(gc.collect())
