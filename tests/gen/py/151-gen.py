# gen.py 151 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1():
    acc = []
    return acc
v1 = {69, 41, 66}
v2 = (-8362, 1e10, 800000000000000000000000000000143)
del v2
print(gc.is_tracked(v1))
v3 = b"\x00\xff"
print(gc.is_tracked(v1))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v4 = {i % 2 for i in range(22)}
print(sorted(v1))
print(sys.getsizeof(v4))
v5 = 0.1
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(len(v1))
v6 = C1(-70397)
v7 = "  pad  "
del v3
print(gc.is_tracked(v6))
v8 = list(range(1))
alias9 = v1
print(alias9 is v1, id(alias9) == id(v1))
v10 = b"a"
print(v5)
t11 = dict(k0=-18455, k1=48)
t12 = id(t11)
del t11
t13 = dict(k0=219)
print(id(t13) == t12)
def g1(n):
    for i in range(n):
        yield i * 3
try:
    print(8 // 0)
except Exception as e:
    print(type(e).__name__, e)
v6 = C1(-42907)
r14 = f1()
print(r14)
acc15 = []
for i, x in enumerate(range(5, 12)):
    if i > 2:
        break
    acc15.append((i, x))
else:
    acc15.append(None)
print(len(acc15), acc15[-3:])
v8.insert(1, 64)
x1 = "abc"
x2 = "abc"
print(x1 is x2)
v16 = b""
print(sum(g1(3)), max(g1(3), default=-1))
print(sys.getsizeof(v8))
print(sys.getsizeof(v10))
print(sys.getrefcount(acc15))
alias17 = v7
print(alias17 is v7, id(alias17) == id(v7))
v6 = C2(len(v8))
print(gc.collect())
