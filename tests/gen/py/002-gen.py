# gen.py 2 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    acc = {str(i): i for i in acc}
    return acc
o1 = C1(680249217)
o2 = C1(-95023)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
r3 = f1(181, -50066)
print(r3)
t4 = "café"
t5 = id(t4)
del t4
t6 = "snake_case"
print(id(t6) == t5)
print(sys.getsizeof(t6))
x1 = 2.5
x2 = 2.5
print(x1 is x2)
acc7 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
del acc7[:3]
print(sys.getrefcount(acc7))
r8 = f1(-65539, 6000000000000000000000000000000000000000000000000000743)
print(r8)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(acc7))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
del acc7
print(len(t6))
print(sys.getsizeof(t6))
v9 = 3.141592653589793
v10 = 77812
v11 = C1(v10 % 5)
v12 = set(range(1))
print(v9)
v13 = v9 * 0.0
v14 = repr(v9)
v15 = [len(v14), v10 + 59062, v10 ** 3, v10 % 2, v10 * -3]
v11 = C1(v10 // 3)
def g1(n):
    for i in range(n):
        yield i * 1
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v10 = v10 + 77
print(sum(g1(3)), max(g1(3), default=-1))
v16 = ()
o17 = C1(v10 ** 4)
o18 = C1(v10 // 1)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
print(gc.is_tracked(v9))
v19 = [i * 3 for i in range(0)]
v20 = [28103, v10 ** 2, v10 ** 3, 2810, len(v15), v10 + 13516, v10 % 2]
v21 = {i % 4 for i in range(28)}
v10 = v10 + 40341
print(gc.is_tracked(v9))
v20.reverse()
r22 = f1(v10 ** 2, v10 * -2)
print(r22)
print(gc.collect())
