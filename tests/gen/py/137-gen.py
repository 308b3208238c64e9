# gen.py 137 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = 60000000000000000000000000000000000000000859
v2 = {-5, 73, -2, 80, 83, 13}
v2.discard(50)
print(sys.getsizeof(v2))
print(0 in v2)
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
v3 = {81: -v1}
x1 = 257
x2 = 257
print(x1 is x2)
print(gc.collect())
print(6 in v2)
v2.add(34)
r4 = f1(v1 % 97, len(v3))
print(r4)
v2 = {14, 50}
v5 = float(v1)
o6 = C1(75)
o7 = C1(v1 % 97)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
v2.add(24)
print(len(gc.get_referents(o7)))
v3[12] = len(v3)
v3[11] = v1 + 832488724
v3["k5"] = v1 % 10
print(sys.getsizeof(v1))
def g1(n):
    for i in range(n):
        yield i * 2
print(v1 is v1 + 0, v1 == v1 + 0)
v8 = [-v1, -98934, len(v3), -v1, -v1]
it9 = g1(4)
print(type(it9).__name__)
print(sys.getsizeof(it9))
for v in it9:
    print(v)
def g2(n):
    for i in range(n):
        yield i * 3
v10 = (v1 % 5,)
print(v1 is v1 + 0, v1 == v1 + 0)
v5 = v5 * 100.0
print(sys.getsizeof(o6))
print(sys.getsizeof(v5))
print(sys.getsizeof(o6))
acc11 = []
for i in range(24):
    acc11.append(i * 1000)
print(len(acc11), acc11[-3:])
try:
    print(undefined_name_4)
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(acc11))
v2 = set(range(5))
v2 = set(range(14))
print(gc.collect())
