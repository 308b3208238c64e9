# gen.py 8 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "Hello World"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1():
    acc = []
    for i in range(1):
        acc.append(i)
    return acc
t1 = 0.1
t2 = id(t1)
del t1
t3 = 3.141592653589793
print(id(t3) == t2)
v4 = 1e10
del v4
v5 = ()
v6 = {8, 79, 2, 38, 25, 83, 6}
def g1(n):
    for i in range(n):
        yield i * 5
print(gc.is_tracked(v6))
v7 = -2.25
print(gc.is_tracked(v6))
acc8 = []
for i in range(4):
    acc8.append(i * 1000)
print(len(acc8), acc8[-3:])
v9 = C1(9000000000000000000000000000000000000000000000000000000202)
if acc8:
    acc8[0] = ""
print(type(v6).__name__)
print(sys.getsizeof(t3))
print(sys.getsizeof(v7))
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v6.add(42)
v10 = acc8 * 0
del acc8[:1]
print(sys.getsizeof(v5))
acc11 = []
for i in range(13):
    acc11.append(i * 1000)
print(len(acc11), acc11[-3:])
v5 = ()
x1 = 2.5
x2 = 2.5
print(x1 is x2)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(type(t3).__name__)
acc11.reverse()
print(gc.collect())
print(sys.getsizeof(v9))
print(15 in v6)
print(gc.is_tracked(t3))
v12 = "b"
print(gc.is_tracked(acc11))
del v6
acc8.append("  pad  ")
print(gc.collect())
