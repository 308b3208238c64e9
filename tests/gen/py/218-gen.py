# gen.py 218 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
class C2:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
v1 = {280: 40000000000000000000000000000000000000000000000000000000254, 225: 64}
v2 = b"\x00\xff"
print(sys.getsizeof(v1))
r3 = f1()
print(r3)
print(type(v1).__name__)
print(sys.getrefcount(v1))
v4 = [10000000000000000000000000000000000000000184, 66, 27489, 86, 200000000000000000000000000000000000000000000372, len(v1), len(v1), 147]
print(sys.getsizeof(v2))
del v2
try:
    print(3 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(v4)
print(gc.is_tracked(v1))
print(sys.getsizeof(v4))
print(sys.getrefcount(v4))
print(sys.getrefcount(v1))
o5 = C1(22)
o6 = C1(197)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
t7 = [1921029904]
t8 = id(t7)
del t7
t9 = [[j] * 2 for j in range(5)]
print(id(t9) == t8)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getrefcount(v4))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
t10 = [2032409792, 80000000000000000000000000000000000000000000000551, 128, 138]
t11 = id(t10)
del t10
t12 = [122, 86326, 117, -61054]
print(id(t12) == t11)
print(sys.getsizeof(t12))
print(type(t9).__name__)
print(o6.a, o6.total())
t12.reverse()
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(len(t9))
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
acc13 = []
for i in range(4):
    acc13.append((i, i))
print(len(acc13), acc13[-3:])
v14 = "  pad  "
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
if t9:
    print(t9.pop())
t15 = 1e10
t16 = id(t15)
del t15
t17 = 1e10
print(id(t17) == t16)
print(sys.getsizeof(o5))
r18 = f1()
print(r18)
print(sys.getsizeof(v14))
del o5
print(gc.collect())
