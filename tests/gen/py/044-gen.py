# gen.py 44 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=0):
    acc = [p0]
    for i in range(1):
        acc.append(i)
    return acc
x1 = ()
x2 = ()
print(x1 is x2)
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
v1 = -2.25
v1 = 1e10
v2 = C2(61)
print(v1)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c3 = make_counter1()
print(c3(), c3(6), c3())
v4 = C1(80000000000000000000000000000000000000631)
v5 = (1210055241, "a-b-c")
print(sys.getsizeof(v1))
v6 = C1(145)
v7 = ()
print(sys.getsizeof(v7))
def g1(n):
    for i in range(n):
        yield i * 2
v8 = (60000000000000000000000000000000000000000000000000816,)
print(len(v5))
v9 = {4, 35, 27, 11, 11, 79, 11, 4}
v9.discard(5)
print(sys.getsizeof(v4))
x1 = 1000
x2 = 1000
print(x1 is x2)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v5 = ("hello", f"<{v1}>", 202, 100.0, str(v1))
v10 = {}
print(type(v4).__name__)
print(v10)
v11 = 0.0
print(type(v8).__name__)
print(gc.is_tracked(v4))
o12 = C1(600000000000000000000000000000000000000000000000000000000636)
o13 = C1(len(v5))
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
print(type(v2).__name__)
v14 = "UPPER"
print(len(v8))
print(sys.getsizeof(v11))
v5 = (0.1, v14[3:9], v14.replace("l", "L"))
print(sys.getsizeof(v5))
print(list(g1(5)))
print(sys.getsizeof(v8))
print(sys.getsizeof(v1))
print(gc.collect())
