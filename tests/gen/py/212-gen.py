# gen.py 212 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v6 = C2(len(t4))
v7 = [1e10, 479.91, 93656, 86957, repr(v5)]
v1.discard(5)
v7.insert(2, 9)
print(gc.collect())
v8 = set(range(10))
t9 = {14: 15, 92: 2120808304}
t10 = id(t9)
del t9
t11 = {140: 1088985165, 187: 800000000000000000000000000000000700, -1: -74780, 208: -81081, 23: 65, 38: -77227}
print(id(t11) == t10)
o12 = C1(109)
o13 = C1(79)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
v14 = ()
acc15 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc15.append((i, x))
else:
    acc15.append(None)
print(len(acc15), acc15[-3:])
x1 = 2.5
x2 = 2.5
print(x1 is x2)
acc16 = []
for i in range(10):
    acc16.append({i: i})
print(len(acc16), acc16[-3:])
r17 = f1()
print(r17)
del t4
print(sys.getsizeof(acc16))
print(type(v7).__name__)
print(type(v5).__name__)
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
if v7:
    print(v7.pop())
x1 = ()
x2 = ()
print(x1 is x2)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v14))
if acc16:
    acc16[0] = "ü"
v18 = b"a"
v19 = repr(acc16)
print(gc.is_tracked(v7))
v8.add(16)
try:
    print(undefined_name_0)
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
