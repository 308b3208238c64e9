# gen.py 225 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0=2):
    acc = [p0]
    for i in range(4):
        acc.append(i)
    return acc
v1 = (37453, "a", "Hello World")
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v2 = ()
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(len(v1))
print(gc.is_tracked(v2))
print(sys.getsizeof(v2))
acc3 = []
for i in range(2):
    acc3.append(str(i))
print(len(acc3), acc3[-3:])
print(gc.is_tracked(v1))
v4 = 1.5
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del v2
acc3.insert(1, len(v1))
print(type(acc3).__name__)
print(sys.getsizeof(acc3))
c5 = make_counter1()
print(c5(), c5(7), c5())
o6 = C1(158)
o7 = C1(370)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
print(type(v4).__name__)
v8 = C1(203)
print(sys.getrefcount(v8))
print(type(v4).__name__)
v9 = {i % 7 for i in range(25)}
print(type(v1).__name__)
v10 = 1435457139
acc11 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc11.append((i, x))
else:
    acc11.append(None)
print(len(acc11), acc11[-3:])
v12 = float(v10)
v13 = -v10
c14 = make_counter1()
print(c14(), c14(9), c14())
acc3.reverse()
if acc11:
    acc11[0] = "hello"
c15 = make_counter1()
print(c15(), c15(8), c15())
o16 = C1(v13 * 0)
o17 = C1(-v13)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
o18 = C1(v13 // 3)
o19 = C1(len(v1))
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
print(gc.is_tracked(v8))
v20 = "xxxxxxxx"
print(sys.getsizeof(v13))
print(gc.collect())
