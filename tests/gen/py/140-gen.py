# gen.py 140 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1():
    acc = []
    for i in range(5):
        acc.append(i)
    return acc
v1 = [84, 814184546, 5000000000000000000554, 52134, 222, 64]
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1.reverse()
if v1:
    v1[0] = "中文"
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v1))
del v1
o2 = C1(1662893858)
o3 = C1(-88649)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
v4 = ("a-b-c", 198, 240)
print(type(o2).__name__)
x1 = "abc"
x2 = "abc"
print(x1 is x2)
v5 = 105
v6 = [len(v4), v5 ** 2, v5 // -4, len(v4), len(v4)]
v7 = 0.0
if v6:
    v6[0] = repr(v5)
print(sys.getsizeof(o3))
print(sys.getsizeof(v6))
c8 = make_counter1()
print(c8(), c8(7), c8())
v9 = "line\n"
v4 = ()
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v7))
o10 = C1(7)
o11 = C1(v5 ** 4)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
o12 = C1(-v5)
o13 = C1(-v5)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
print(v5 is v5 + 0, v5 == v5 + 0)
try:
    print(7 // 0)
except Exception as e:
    print(type(e).__name__, e)
c14 = make_counter1()
print(c14(), c14(4), c14())
if v6:
    v6[0] = str(v5)
del v6[:1]
o15 = C1(v5 * 1)
o16 = C1(v5 // 7)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
del o3
c17 = make_counter1()
print(c17(), c17(1), c17())
v18 = -v5
del v6[:1]
alias19 = v5
print(alias19 is v5, id(alias19) == id(v5))
def g1(n):
    for i in range(n):
        yield i * 1
v20 = (alias19 ** 4,)
print(gc.collect())
