# gen.py 185 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v5 = {34, 2, 7, 30, -3, 28, 28, 18}
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getrefcount(v5))
print(v1)
acc6 = []
for i in range(18):
    acc6.append(str(i))
print(len(acc6), acc6[-3:])
print(len(gc.get_referents(v4)))
v5.add(39)
print(type(v4).__name__)
del v4[:3]
v7 = (1.5, 152.67, v1 + "ü", -78748, 1.5)
v4.insert(0, 109)
acc6.insert(-1, 50000000000000000000000000000000000808)
print(gc.is_tracked(v4))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v8 = tuple(v2)
o9 = C1(192)
o10 = C1(177)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
c11 = make_counter1()
print(c11(), c11(2), c11())
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v1 = "café"
print(gc.is_tracked(v1))
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
v12 = C1(91386)
v13 = 2.5e-3
v14 = {168: 700000000000000000000000000000025, 86: len(acc6), 182: 7000000000000000000000000000000000000000000000000000000000768, 147: len(acc6), 272: 100000000000000000000781, 198: 232, 151: 35}
print(sys.getsizeof(v14))
v15 = list(range(8))
print(gc.collect())
