# gen.py 252 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "line\n"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0=7):
    acc = [p0]
    return acc
v1 = 0.1
v2 = ()
try:
    print(1 // 0)
except Exception as e:
    print(type(e).__name__, e)
v3 = C1(4000000000000000000000000000000000000000000000000000000000314)
acc4 = []
for i in range(6):
    acc4.append(i)
print(len(acc4), acc4[-3:])
t5 = (3000000000000000000000691,)
t6 = id(t5)
del t5
t7 = ()
print(id(t7) == t6)
v3 = C1(5000000000000000000000000493)
v8 = "spam eggs"
print(acc4)
v9 = set()
v10 = {}
o11 = C1(29)
o12 = C1(-51334)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
o13 = C1(251)
o14 = C1(154767392)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
acc4.append(50000000000000000000000000000000000000000000000000889)
v15 = 53
def g1(n):
    for i in range(n):
        yield i * 5
print(gc.is_tracked(v9))
print(gc.collect())
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(v15)
v16 = b"a"
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
if acc4:
    print(acc4.pop())
print(sum(g1(6)), max(g1(2), default=-1))
v17 = (v15 * 4, 2.5e-3, v8[2:5])
del acc4
print(v10.get("k3"), list(v10.keys())[:3])
v3 = C1(v15 * 1)
del v2
o18 = C1(-v15)
o19 = C1(len(v10))
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
print(sys.getsizeof(v1))
del o18
print(v10.pop("k3", None))
o20 = C1(v15 + 60059)
o21 = C1(v15 // 1)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
del o20, o21
print(gc.collect())
o19 = C1(161)
v22 = b"a"
print(sys.getsizeof(v16))
print(gc.collect())
