# gen.py 209 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1=2):
    acc = [p0, p1]
    for i in range(2):
        acc.append(i)
    return acc
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v1 = "b"
v2 = 3.141592653589793
def g1(n):
    for i in range(n):
        yield i * 3
def g2(n):
    for i in range(n):
        yield i * 3
v3 = len(v1)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v4 = set()
v4.discard(34)
v5 = (float(v3), str(v2), float(v3), str(v3))
v6 = {i: i * i for i in range(7)}
print(v6)
print(len(v5))
def g3(n):
    for i in range(n):
        yield i * 3
v7 = (100.0, v3 // 3)
t8 = [len(v7), -v3, v3 * 1, v3 % 10, v3 * -3, v3 + -71207, v3 % 2, v3 ** 3, v3 + 48]
t9 = id(t8)
del t8
t10 = [v3 * 4, v3 // -4]
print(id(t10) == t9)
v2 = float(v3)
v2 = 1.5
print(sys.getsizeof(v4))
print(sys.getsizeof(v4))
print(sys.getsizeof(v3))
o11 = C1(len(v5))
o12 = C1(v3 // 2)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
acc13 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
v1 = "-".join(str(e) for e in t10)
print(8 in v4)
print(gc.collect())
v6 = {i: i * i for i in range(6)}
r14 = f1(v3 * 7, 34)
print(r14)
print(gc.is_tracked(acc13))
v4 = v4 | v4
print(sys.getsizeof(v1))
t15 = t10 * 2
t16 = id(t15)
del t15
t17 = t10 * 2
print(id(t17) == t16)
t10.insert(2, 72483)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(type(acc13).__name__)
print(type(v3).__name__)
x1 = ()
x2 = ()
print(x1 is x2)
print(gc.collect())
