# gen.py 212 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "a"
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
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
x1 = 256
x2 = 256
print(x1 is x2)
v1 = {3, 34, 94, 0, 15, -1, 54}
print(len(v1))
v1.discard(0)
t2 = "spam eggs"
t3 = id(t2)
del t2
t4 = "line\n"
print(id(t4) == t3)
try:
    print(undefined_name_0)
except Exception as e:
    print(type(e).__name__, e)
v5 = 0.1
print(type(t4).__name__)
print(sys.getsizeof(v1))
v6 = (13, 1173551613, 152, 479.91)
acc7 = []
for i in range(22):
    acc7.append(i)
print(len(acc7), acc7[-3:])
print(gc.is_tracked(v6))
print(v5)
alias8 = v5
print(alias8 is v5, id(alias8) == id(v5))
del acc7[:1]
print(gc.is_tracked(v1))
acc7.insert(2, 9)
print(gc.collect())
v9 = set(range(10))
t10 = {14: 15, 92: 2120808304}
t11 = id(t10)
del t10
t12 = {140: 1088985165, 187: 800000000000000000000000000000000700, -1: -74780, 208: -81081, 23: 65, 38: -77227}
print(id(t12) == t11)
o13 = C1(109)
o14 = C1(79)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
v6 = (2.5e-3, 249, len(t12), 77)
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
if acc7:
    print(acc7.pop())
x1 = ()
x2 = ()
print(x1 is x2)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v9))
print(2 in v1)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v15 = C1(-5)
v16 = 110
v1.discard(44)
def g1(n):
    for i in range(n):
        yield i * 1
v17 = C2(v16 * 1)
v1.add(18)
t18 = t4 * 0
t19 = id(t18)
del t18
t20 = "abc123"
print(id(t20) == t19)
print(gc.collect())
