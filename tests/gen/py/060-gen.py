# gen.py 60 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    return acc
v1 = 73
print(sys.getsizeof(v1))
print(sys.getsizeof(v1))
o2 = C1(v1 * 1)
o3 = C1(v1 + 940472941)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
print(v1)
print(sys.getsizeof(v1))
print(gc.is_tracked(v1))
def g1(n):
    for i in range(n):
        yield i * 1
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
v4 = 100.0
v5 = "line\n"
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(8 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(v1 is v1 + 0, v1 == v1 + 0)
print(type(v5).__name__)
v6 = v5.split()
v7 = C2(v1 ** 2)
v8 = ""
print(list(g1(5)))
print(gc.is_tracked(v6))
del v6[:1]
print(type(v5).__name__)
t9 = (v1 ** 5,)
t10 = id(t9)
del t9
t11 = tuple(v6)
print(id(t11) == t10)
print(v7.a, v7.total())
v12 = v5 * 0
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v6))
print(sys.getsizeof(t11))
v6.append("  pad  ")
print(sys.getsizeof(v1))
o13 = C2(len(t11))
o14 = C2(v1 + 116)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
print(v12)
v15 = {i: i * i for i in range(0)}
print(sum(g1(2)), max(g1(3), default=-1))
print(v15)
alias16 = o13
print(alias16 is o13, id(alias16) == id(o13))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c17 = make_counter1()
print(c17(), c17(4), c17())
print(gc.collect())
