# gen.py 75 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = C2(188)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v1))
del v1
r2 = f1(259273420, 133)
print(r2)
v3 = list(range(1))
v4 = (38483,)
del v3[:0]
print(sys.getsizeof(v4))
print(sys.getsizeof(v3))
print(v4)
print(type(v4).__name__)
del v3[:3]
del v4
del r2
if v3:
    print(v3.pop())
v5 = (800000000000000000000000000000000000631, "-".join(str(e) for e in v3), "tab\t", 2.5e-3)
print(sys.getsizeof(v3))
print(sys.getsizeof(v3))
r6 = f1(-2, -11049)
print(r6)
v7 = "UPPER"
print(type(v5).__name__)
if v3:
    print(v3.pop())
print(sys.getsizeof(v3))
v8 = {224: len(v5), 91: 170, 210: 195, 119: len(v3), 60: -31287, 70: 91}
x1 = 256
x2 = 256
print(x1 is x2)
v3.append(134)
print(type(v5).__name__)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v9 = (2.5e-3, 137, 80000000000000000871)
o10 = C2(73)
o11 = C2(10000000000000000000000000000000000000052)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
v12 = 1e10
v13 = C2(len(v3))
acc14 = []
i = 0
while i < 24:
    if i % 2 == 0:
        acc14.append(i)
    i += 1
print(len(acc14), acc14[-3:])
v3.insert(-1, 8000000000000000000000000000101)
print(gc.collect())
