# gen.py 185 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    return acc
v1 = "café"
print(sys.getsizeof(v1))
v2 = v1.split()
print(len(v2))
v3 = repr(v2)
v2.reverse()
v4 = [[j] * 2 for j in range(1)]
print(len(v4))
print(sys.getrefcount(v4))
v5 = C1(len(v4))
v6 = 1e10
try:
    print(undefined_name_2)
except Exception as e:
    print(type(e).__name__, e)
print(type(v6).__name__)
v7 = [i * 7 for i in range(0)]
v8 = {"k0": 300000000000000000000000000000000000000165, "k1": v1[1:8], "k2": "tab\t"}
def g1(n):
    for i in range(n):
        yield i * 4
acc9 = []
for i in range(22):
    acc9.append(i)
print(len(acc9), acc9[-3:])
print(type(v5).__name__)
print(sys.getsizeof(v7))
r10 = f1(155, 237)
print(r10)
print(v1)
print(sys.getsizeof(v6))
del v4
if "k6" in v8:
    del v8["k6"]
del v5
print(sys.getsizeof(v8))
print(v8)
print(type(v6).__name__)
print(sys.getsizeof(v6))
o11 = C1(192)
o12 = C1(177)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
v13 = 26
c14 = make_counter1()
print(c14(), c14(4), c14())
v3 = "café"
v15 = "UPPER"
v7.insert(-2, -95400)
acc9.insert(-1, v13 % 10)
print(gc.collect())
