# gen.py 224 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=8):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = {}
v2 = {48, 92, 27, 43}
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v2))
print(2 in v2)
v3 = 700000000000000000000000000000000088
print(v3 is v3 + 0, v3 == v3 + 0)
v4 = C1(v3 ** 3)
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(v4.a, v4.total())
def g1(n):
    for i in range(n):
        yield i * 4
print(len(gc.get_referents(v1)))
v2 = set()
v1.update({"k6": 9})
if 11 in v1:
    del v1[11]
print(sys.getsizeof(v4))
print(sum(x * x for x in range(27)))
v4 = C1(v3 % 2)
v5 = []
print(sys.getsizeof(v3))
r6 = f1(v3 // 3)
print(r6)
if 10 in v1:
    del v1[10]
print(sys.getsizeof(v4))
acc7 = []
for i, x in enumerate([3, 1, 2]):
    if i > 2:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
v8 = 1.5
print(sys.getsizeof(v3))
del v8
v9 = len(v1)
x1 = -6
x2 = -6
print(x1 is x2)
if acc7:
    acc7[0] = "spam eggs"
print(v9 is v9 + 0, v9 == v9 + 0)
v10 = C1(v3 // 7)
print(v9 is v9 + 0, v9 == v9 + 0)
o11 = C1(v3 + -14111)
o12 = C1(v9 // 1)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
x1 = -6
x2 = -6
print(x1 is x2)
t13 = {"k0": 77895, "k1": "€", "k2": 2049483378, "k3": "tab\t", "k4": v9 ** 2}
t14 = id(t13)
del t13
t15 = {259: 159, 31: v3 * -2, 194: -v3, 297: v9 % 2, 100: -v9, 258: v3 + 208}
print(id(t15) == t14)
o16 = C1(v9 // 1)
o17 = C1(-v9)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
v1.update({"k4": 6})
acc7.append("snake_case")
acc18 = []
for i in range(3):
    acc18.append([i])
print(len(acc18), acc18[-3:])
print(gc.collect())
