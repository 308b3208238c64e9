# gen.py 252 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "line\n"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0=7):
    acc = [p0]
    return acc
v1 = 0.1
v2 = ()
try:
    print(1 // 0)
except Exception as e:
    print(type(e).__name__, e)
v3 = (v1 * 3.141592653589793, 300000000000000000000000000000000000000000000000000000000021, 100.0)
v4 = "tab\t"
print(sys.getsizeof(v2))
print(v1)
v4 = "spam eggs"
print(v4)
v5 = set()
v6 = {}
o7 = C1(29)
o8 = C1(-51334)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
del o7, o8
print(gc.collect())
o9 = C1(251)
o10 = C1(154767392)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
v5.add(10)
print(len(v4))
alias11 = v1
print(alias11 is v1, id(alias11) == id(v1))
v12 = 3.141592653589793
print(gc.collect())
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(v2)
r13 = f1(217)
print(r13)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v5.discard(40)
print(6 in v5)
print(v6.pop(10, None))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r14 = f1(21)
print(r14)
o15 = C1(63)
o16 = C1(-6131)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
def g1(n):
    for i in range(n):
        yield i * 1
print(gc.is_tracked(v4))
del v4
print(v6.get("k3"), list(v6.keys())[:3])
v12 = 1.5
print(o15.a, o15.total())
o17 = C1(len(v6))
o18 = C1(142)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
x1 = "abc"
x2 = "abc"
print(x1 is x2)
del r14
print(v6.pop("k3", None))
print(gc.collect())
