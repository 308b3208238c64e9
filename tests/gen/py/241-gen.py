# gen.py 241 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
v1 = "xx"
o2 = C1(40000000000000000000000000000000000000000000000000365)
o3 = C1(44)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
v4 = v1.swapcase()
print(v1)
v5 = 252
x1 = 256
x2 = 256
print(x1 is x2)
r6 = f1(v5 + -24903)
print(r6)
del o3
print(v5)
v7 = {162: 70000000000000000000000998, 39: -v5, -11: v5 ** 4, 197: -3}
del v1
print(v5)
v7[1] = v4.replace("l", "L")
print(v4)
print(sys.getsizeof(v7))
v7.update({10: 0})
def g1(n):
    for i in range(n):
        yield i * 1
v8 = set()
del o2
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
alias9 = v8
print(alias9 is v8, id(alias9) == id(v8))
print(len(v7))
alias9.add(25)
print(4 in v8)
print(type(v7).__name__)
print(type(v4).__name__)
del v8
print(len(v4))
print(v7.get("k3"), list(v7.keys())[:3])
v7 = {"k0": v5 * -1, "k1": len(v4), "k2": v4 * 4, "k3": v5 ** 4, "k4": v5 ** 2, "k5": str(v5)}
print(gc.collect())
print(v7.get(3), list(v7.keys())[:3])
def g2(n):
    for i in range(n):
        yield i * 1
del r6
print(gc.is_tracked(v4))
try:
    print(9 // 0)
except Exception as e:
    print(type(e).__name__, e)
o10 = C1(-62741)
o11 = C1(-v5)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
print(gc.is_tracked(alias9))
print(gc.is_tracked(v4))
print(sum(x * x for x in range(11)))
print(gc.collect())
