# gen.py 69 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v6 = C1(70132)
it7 = g1(4)
print(type(it7).__name__)
print(sys.getsizeof(it7))
for v in it7:
    print(v)
del v4
print(sys.getrefcount(v6))
v8 = {272: 35, 206: 57, 166: 8, 180: 127, 207: 140}
alias9 = v8
print(alias9 is v8, id(alias9) == id(v8))
r10 = f1(11106)
print(r10)
del v3[:0]
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v11 = C1(-16154)
print(gc.is_tracked(alias9))
del v5
v12 = "Hello World"
v13 = tuple(v3)
print(gc.collect())
del r2
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
v14 = 100.0
if "k3" in alias9:
    del alias9["k3"]
v15 = "snake_case"
v3.extend(range(5))
print(len(v12))
print(sys.getsizeof(v14))
print(type(v12).__name__)
acc16 = []
for i in range(8):
    acc16.append([i])
print(len(acc16), acc16[-3:])
v14 = 0.0
v17 = 1e10
v18 = v15 * 0
print(gc.collect())
