# gen.py 228 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
v1 = "abc123"
v2 = {67, 75, 6, 67}
def g1(n):
    for i in range(n):
        yield i * 4
del v1
o3 = C1(1765933196)
o4 = C1(-45312)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
del o3, o4
print(gc.collect())
v5 = [i * 5 for i in range(4)]
print(len(v5))
print(sorted(v2))
del v2
v6 = set()
print(len(v5))
v7 = repr(v5)
print(sys.getrefcount(v5))
print(list(g1(5)))
print(gc.is_tracked(v6))
v8 = (500000000000000000000000787,)
print(gc.is_tracked(v8))
print(gc.is_tracked(v5))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v9 = C1(99250)
v6.add(21)
print(sys.getrefcount(v6))
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(len(v8))
print(sum(x * x for x in range(9)))
o10 = C1(79297)
o11 = C1(148)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
v12 = v7.replace("l", "L")
v6.discard(32)
v13 = C1(114705775)
v5.append(243)
print(len(v12))
r14 = f1(1856669, -53494, 158)
print(r14)
print(type(v13).__name__)
print(sys.getsizeof(v5))
print(v7)
print(v5)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
