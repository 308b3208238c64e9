# gen.py 137 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v8 = C1(-v1)
print(sys.getsizeof(o6))
print(sys.getsizeof(v5))
if "k6" in v3:
    del v3["k6"]
if 5 in v3:
    del v3[5]
print(gc.is_tracked(v5))
it9 = g1(1)
print(type(it9).__name__)
print(sys.getsizeof(it9))
for v in it9:
    print(v)
print(v3)
v10 = [v1 * 5, v1 * -2, v1 + -6634, len(v3), v1 % 5, v1 // -4, -23473, -651]
v11 = "hello"
r12 = f1(100000000000000000000000671, v1 % 97)
print(r12)
acc13 = []
for i in range(0):
    acc13.append(i * 1000)
print(len(acc13), acc13[-3:])
acc14 = []
i = 0
while i < 12:
    if i % 2 == 0:
        acc14.append(i)
    i += 1
print(len(acc14), acc14[-3:])
print(sys.getsizeof(v2))
print(o6.a, o6.total())
print(gc.collect())
