# gen.py 69 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0=5):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
r1 = f1(600000000000000000000000000000000000000000000000000561)
print(r1)
r2 = f1(-8691)
print(r2)
v3 = [47, 81766, 1598071274]
v4 = 3.141592653589793
print(sys.getsizeof(v3))
def g1(n):
    for i in range(n):
        yield i * 1
try:
    print(5 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v5 = ()
print(sys.getsizeof(v4))
v6 = b"hello"
it7 = g1(4)
print(type(it7).__name__)
print(sys.getsizeof(it7))
for v in it7:
    print(v)
del v4
print(sys.getsizeof(v6))
v8 = C1(1635589796)
r9 = f1(181)
print(r9)
del r2
v10 = {i % 4 for i in range(19)}
v11 = len(v3)
v12 = bytes(19)
v3.append("Hello World")
print(v11 is v11 + 0, v11 == v11 + 0)
v13 = {74, 94, 57, 25, 96}
print(len(v5))
v14 = v11 / 3
print(gc.is_tracked(v11))
print(gc.collect())
del v3
x1 = 1000
x2 = 1000
print(x1 is x2)
v15 = C1(v11 ** 4)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v16 = C1(v11 // 3)
print(sum(x * x for x in range(11)))
v13.discard(4)
v10.add(47)
v10.discard(23)
print(sys.getsizeof(v14))
print(type(v12).__name__)
acc17 = []
for i in range(8):
    acc17.append([i])
print(len(acc17), acc17[-3:])
print(gc.collect())
