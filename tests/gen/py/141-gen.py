# gen.py 141 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2=4):
    acc = [p0, p1, p2]
    for i in range(5):
        acc.append(i)
    return acc
v1 = set()
print(5 in v1)
print(len(v1))
o2 = C1(80000000000000000000000000000000490)
o3 = C1(21860)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
o3 = C1(8)
v1.discard(11)
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
print(o2.a, o2.total())
del v1
v4 = {i: i * i for i in range(0)}
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o5 = C1(43395)
o6 = C1(15)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
v7 = b"zzzzzzzzzzzzzzz"
print(sys.getsizeof(v4))
def g1(n):
    for i in range(n):
        yield i * 2
print(gc.is_tracked(o3))
v4.update({"k6": 5})
try:
    print(6 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(o3))
print(sys.getrefcount(o3))
v8 = (3000000000000000000960, 60000000000000000710, 70402, "UPPER")
r9 = f1(len(v4), 65507, 82)
print(r9)
del o2
print(v4)
del v7
print(v8)
v4.update({"k4": 6})
x1 = ()
x2 = ()
print(x1 is x2)
print(type(v8).__name__)
v10 = dict(k0=1000000000000000000000000653, k1=172, k2=36, k3=-15772)
t11 = 129.25
t12 = id(t11)
del t11
t13 = 997.10
print(id(t13) == t12)
print(gc.collect())
acc14 = []
for i in range(0):
    acc14.append(i)
print(len(acc14), acc14[-3:])
v15 = ("€", f"<{t13}>", 1970967505, "中文", repr(v8), 0.0)
print(sys.getsizeof(v10))
print(sys.getsizeof(v8))
print(gc.collect())
