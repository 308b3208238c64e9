# gen.py 140 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1():
    acc = []
    for i in range(5):
        acc.append(i)
    return acc
v1 = C1(41007)
print(gc.is_tracked(v1))
acc2 = []
i = 0
while i < 22:
    if i % 4 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
v3 = C1(10000000000000000000000000000000000000000000672)
v4 = "中文"
if acc2:
    acc2[0] = "中文"
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v4))
del v3
del v4
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del acc2
o5 = C1(-82952)
o6 = C1(-26467)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
r7 = f1()
print(r7)
print(type(o6).__name__)
v8 = 1.5
v9 = [191, 178, 178, -42003]
acc10 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc10.append((i, x))
else:
    acc10.append(None)
print(len(acc10), acc10[-3:])
acc11 = []
for i, x in enumerate([3, 1, 2]):
    if i > 1:
        break
    acc11.append((i, x))
else:
    acc11.append(None)
print(len(acc11), acc11[-3:])
print(sys.getrefcount(v9))
print(sys.getsizeof(o6))
print(len(gc.get_referents(v9)))
v8 = 0.0
o5 = C1(671766935)
print(sys.getsizeof(acc11))
r12 = f1()
print(r12)
v13 = set(range(4))
print(type(acc10).__name__)
del acc10[:1]
print(acc10)
v14 = v8 * 696.20
print(gc.is_tracked(v8))
v15 = C1(60000000000000000000000000000000000000000000000000000000126)
o16 = C1(-18887)
o17 = C1(9000000000000000000000000000000000000000901)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
r18 = f1()
print(r18)
try:
    print(7 // 0)
except Exception as e:
    print(type(e).__name__, e)
c19 = make_counter1()
print(c19(), c19(4), c19())
if acc10:
    acc10[0] = "Hello World"
print(gc.collect())
