# gen.py 67 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v9 = C1(171)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v10 = {}
print(type(v4).__name__)
del v4
v11 = -48003
o12 = C1(-89932)
o13 = C1(len(v8))
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
print(sys.getsizeof(v11))
v14 = 173
v15 = C1(v11 ** 2)
r16 = f1(164, -v14, v11 // -4)
print(r16)
if "k5" in v10:
    del v10["k5"]
v5.add(44)
print(sys.getsizeof(v9))
acc17 = []
for i, x in enumerate([3, 1, 2]):
    if i > 1:
        break
    acc17.append((i, x))
else:
    acc17.append(None)
print(len(acc17), acc17[-3:])
print(v11 is v11 + 0, v11 == v11 + 0)
if acc17:
    print(acc17.pop())
print(len(gc.get_referents(v9)))
print(gc.is_tracked(v11))
v10.update({"k0": 0})
r18 = f1(v14 ** 4, v11 + 194, v14 ** 4)
print(r18)
if 12 in v10:
    del v10[12]
acc19 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc19.append((i, x))
else:
    acc19.append(None)
print(len(acc19), acc19[-3:])
v5.add(34)
print(type(v11).__name__)
v20 = v14 + 1000000000000000000000000000000000000000000000000000374
o21 = C1(len(acc17))
o22 = C1(v14 * -3)
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
del o21, o22
print(gc.collect())
print(gc.collect())
