# gen.py 95 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
v1 = [i * 5 for i in range(5)]
v1.extend(range(2))
print(len(v1))
o2 = C1(1090181274)
o3 = C1(51)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
if v1:
    print(v1.pop())
v4 = 90000000000000000000000000000000000000000000000000000359
v1.insert(2, v4 * -1)
v4 = v4 % 97
c5 = make_counter1()
print(c5(), c5(8), c5())
v6 = 2.5e-3
t7 = dict()
t8 = id(t7)
del t7
t9 = dict(k0=v4 * -3, k1=185, k2=v4 // 7, k3=v4 % 2)
print(id(t9) == t8)
o10 = C1(v4 + -56225)
o11 = C1(255)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
r12 = f1()
print(r12)
r13 = f1()
print(r13)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
if v1:
    print(v1.pop())
v14 = {"k0": v4 // -4, "k1": str(v4), "k2": 162}
if 1 in v14:
    del v14[1]
r15 = f1()
print(r15)
v16 = C1(80000000000000000000000000000000523)
def g1(n):
    for i in range(n):
        yield i * 3
v14.update({11: 7})
v17 = 3.141592653589793
v18 = list(range(7))
if 2 in v14:
    del v14[2]
print(sys.getrefcount(v16))
v19 = set(range(13))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v20 = len(t9)
v18.reverse()
print(sys.getrefcount(o11))
v21 = [i * 7 for i in range(12)]
if v21:
    v21[0] = "café"
print(type(o3).__name__)
print(len(v1))
print(gc.is_tracked(v16))
print(sys.getsizeof(v14))
o22 = C1(65956)
o23 = C1(v4 // 1)
o22.other = o23
o23.other = o22
print(sys.getrefcount(o22), sys.getrefcount(o23))
del o22, o23
print(gc.collect())
print(gc.collect())
