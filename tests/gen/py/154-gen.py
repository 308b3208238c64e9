# gen.py 154 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    return acc
v1 = {85}
r2 = f1(70000000000000000000000000000000000000000000479, 38960, -88459)
print(r2)
v3 = C1(131)
print(sys.getsizeof(v1))
v1.discard(28)
v4 = [184, 45, 68532, 25991]
del v3
v4 = [[j] * 0 for j in range(0)]
print(sys.getsizeof(v4))
print(gc.is_tracked(v1))
print(type(v1).__name__)
v5 = -41712
v5 = v5 // 7
print(v5)
v4.append("a")
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
v6 = v4[:]
v7 = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
print(sys.getrefcount(v1))
v8 = 90000000000000000000557
print(gc.is_tracked(v5))
v9 = repr(v4)
print(v6)
def g1(n):
    for i in range(n):
        yield i * 4
if v6:
    v6[0] = "-".join(str(e) for e in v4)
print(len(v9))
r10 = f1(v8 + 29663, v8 // 3, v8 % 10)
print(r10)
t11 = list(range(4))
t12 = id(t11)
del t11
t13 = v6[:]
print(id(t13) == t12)
def g2(n):
    for i in range(n):
        yield i * 1
if v4:
    v4[0] = "tab\t"
v5 = len(v7)
v14 = {}
del r2
v4 = [v7 + "spam eggs", len(t13)]
print(gc.is_tracked(v7))
v15 = v1 ^ v1
v16 = v7.replace("l", "L")
def g3(n):
    for i in range(n):
        yield i * 1
print(gc.collect())
