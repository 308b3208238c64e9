# gen.py 2 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v11 = str(v9)
v12 = set(range(1))
print(v9)
v13 = v9 * 0.0
v14 = repr(v9)
v15 = [len(v11), v10 + 59062, v10 ** 3, v10 % 2, v10 * -3]
v16 = {13, 38, 28, 28, 72, 48}
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v10 = v10 + 77
def g1(n):
    for i in range(n):
        yield i * 2
alias17 = v11
print(alias17 is v11, id(alias17) == id(v11))
print(v15)
print(gc.is_tracked(v9))
print(sys.getsizeof(alias17))
try:
    print(5 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(v16))
t6 = "-".join(str(e) for e in v15)
print(v9)
alias17 = v11 * 1
r18 = f1(v10 % 5, v10 ** 2)
print(r18)
print(gc.collect())
print(gc.collect())
