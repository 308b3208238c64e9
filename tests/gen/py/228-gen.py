# gen.py 228 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v9 = b"\x00\xff"
v10 = {"k0": 114, "k1": 50000000000000000000000000000000000000000000000000000000372, "k2": len(v7)}
acc11 = []
i = 0
while i < 11:
    if i % 2 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
print(sys.getsizeof(v7))
v12 = 8000000000000000000000000000000000000000000000000000000720
acc11.insert(2, -5809)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
del v7
v5.append(v12 * 4)
print(len(acc11))
r13 = f1(v12 + 123, -v12, v12 + 32719)
print(r13)
print(sys.getsizeof(v5))
print(v8)
print(v5)
c14 = make_counter1()
print(c14(), c14(7), c14())
print(len(gc.get_referents(acc11)))
if v5:
    v5[0] = "-".join(str(e) for e in v8)
print(gc.collect())
