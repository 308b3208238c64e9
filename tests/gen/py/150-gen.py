# gen.py 150 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "UPPER"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1=7):
    acc = [p0, p1]
    return acc
v1 = "a-b-c"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(len(v1))
v2 = 67
print(gc.is_tracked(v2))
def g1(n):
    for i in range(n):
        yield i * 4
r3 = f1(v2 // 2, len(v1))
print(r3)
print(v2)
v4 = ()
c5 = make_counter1()
print(c5(), c5(2), c5())
v4 = (v2 ** 2,)
print(type(v2).__name__)
v6 = v2 / 7
v7 = {75, 72, 83}
v6 = v6 * 2.5e-3
v8 = {"k0": len(v1), "k1": 4000000000000000000000000966, "k2": v1.swapcase(), "k3": str(v6), "k4": v2 + 60188523, "k5": v1.replace("l", "L"), "k6": v2 // 7}
print(sys.getrefcount(v7))
print(len(gc.get_referents(v4)))
print(sys.getsizeof(v2))
print(v2)
v9 = v1.replace("l", "L")
r10 = f1(v2 ** 4, v2 ** 4)
print(r10)
v11 = float(v2)
print(6 in v7)
print(gc.is_tracked(v11))
v7.add(28)
print(type(v9).__name__)
v9 = v9.replace("l", "L")
print(v1)
print(type(v6).__name__)
v12 = f"<{v6}>"
print(type(v11).__name__)
print(sys.getsizeof(v9))
v13 = [len(v12)]
try:
    print(7 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(v2 is v2 + 0, v2 == v2 + 0)
v14 = [float(v2), str(v11), "line\n", 222850256]
v11 = v6 * 643.8
v15 = {57: -v2, 165: v2 ** 4, 203: v2 ** 3}
v16 = "abc123"
print(gc.collect())
