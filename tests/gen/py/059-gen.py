# gen.py 59 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1, p2=4):
    acc = [p0, p1, p2]
    for i in range(5):
        acc.append(i)
    return acc
o1 = C1(-63821)
o2 = C1(1455605538)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
print(o1.a, o1.total())
v3 = 11807
v4 = float(v3)
print(gc.collect())
v5 = "€"
t6 = "  pad  "
t7 = id(t6)
del t6
t8 = repr(v4)
print(id(t8) == t7)
t8 = v5.replace("l", "L")
print(sys.getsizeof(v5))
acc9 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
if acc9:
    print(acc9.pop())
v10 = {182: v3 + 1952256227, 18: v3 ** 2, 194: v3 // 3, 145: -v3, 31: v3 * 1}
v11 = bytes(7)
o12 = C1(-v3)
o13 = C1(-v3)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
v14 = dict()
try:
    print(7 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
acc15 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc15.append((i, x))
else:
    acc15.append(None)
print(len(acc15), acc15[-3:])
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(o1.a, o1.total())
print(sys.getsizeof(v3))
o16 = C1(v3 // 1)
o17 = C1(v3 // -4)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
o18 = C1(v3 % 5)
o19 = C1(v3 * 6)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
print(sys.getrefcount(acc15))
del o17
v11 = bytes(7)
print(type(o16).__name__)
if acc15:
    acc15[0] = t8[1:5]
v20 = ()
print(sys.getsizeof(v4))
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 2
print(v10.get(0), list(v10.keys())[:3])
print(gc.is_tracked(acc9))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del o19
print(sys.getsizeof(o1))
print(sys.getrefcount(v10))
print(type(o18).__name__)
v21 = ()
v22 = acc15[:]
print(gc.collect())
