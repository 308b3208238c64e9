# gen.py 178 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    return acc
v1 = bytes(17)
print(type(v1).__name__)
print(sys.getsizeof(v1))
v2 = 1e10
def g1(n):
    for i in range(n):
        yield i * 1
v3 = C1(-77102)
v4 = str(v2)
r5 = f1(93, 189292208)
print(r5)
print(sys.getsizeof(v2))
print(gc.is_tracked(v4))
print(sys.getsizeof(v2))
print(v4)
v6 = ("€", v4.capitalize(), "中文", v4 * 2, v2 * 174.31)
v7 = {i: i * i for i in range(6)}
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(type(v1).__name__)
print(list(g1(4)))
print(v7.get(3), list(v7.keys())[:3])
print(v6)
v7.update({"k5": 2})
v7.update({"k4": 7})
print(sys.getsizeof(v2))
print(gc.is_tracked(v6))
v7.update({"k3": 1})
acc8 = []
for i in range(19):
    acc8.append({i: i})
print(len(acc8), acc8[-3:])
v7.update({"k5": 8})
print(type(v1).__name__)
v4 = v4 + "abc123"
v9 = 0.1
print(len(gc.get_referents(v3)))
print(v9)
x1 = 1000
x2 = 1000
print(x1 is x2)
o10 = C1(153)
o11 = C1(len(v6))
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
r12 = f1(54, 1267764713)
print(r12)
v7["k4"] = len(acc8)
print(sys.getsizeof(o11))
o13 = C1(74)
o14 = C1(62918)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
print(gc.collect())
