# gen.py 4 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1():
    acc = []
    for i in range(3):
        acc.append(i)
    return acc
x1 = 1000
x2 = 1000
print(x1 is x2)
x1 = "abc"
x2 = "abc"
print(x1 is x2)
v1 = (3.141592653589793, -82435)
o2 = C1(400000000000000000000000000253)
o3 = C1(-11967)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
print(sys.getsizeof(v1))
print(sys.getsizeof(v1))
o4 = C1(300000000000000000000000000000312)
o5 = C1(len(v1))
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
r6 = f1()
print(r6)
v7 = [i * 4 for i in range(6)]
r8 = f1()
print(r8)
print(sys.getsizeof(v7))
print(len(gc.get_referents(v1)))
del v7[:0]
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v9 = dict(k0=177, k1=-96578, k2=-38136)
def g1(n):
    for i in range(n):
        yield i * 4
o10 = C1(len(v9))
o11 = C1(500000000000000000000000256)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
print(sys.getsizeof(v7))
v12 = {"k0": "UPPER", "k1": 26, "k2": 642701191}
v7.append("-".join(str(e) for e in v1))
del r6
print(sys.getsizeof(v12))
del v1
print(sys.getsizeof(v9))
print(sys.getsizeof(v12))
print(type(v9).__name__)
v13 = len(v9)
print(sys.getsizeof(v9))
print(len(v9))
v14 = {0: v13 ** 2, 200: v13 // 3, 131: -v13, 195: len(v9), 180: v13 * 1, 77: v13 ** 3}
print(gc.is_tracked(v7))
print(gc.is_tracked(v13))
del v12
del v7[:0]
print(v9)
print(gc.collect())
