# gen.py 1 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    return acc
v1 = b"\x00\xff"
v2 = bytes(18)
v3 = -1
v4 = []
r5 = f1(-v3, v3 % 97, v3 + 73192)
print(r5)
print(v3)
if v4:
    v4[0] = "中文"
print(v3 is v3 + 0, v3 == v3 + 0)
print(sys.getsizeof(v4))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v3))
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
v6 = bytes(16)
v4.reverse()
v7 = v1[1:]
o8 = C1(v3 // -4)
o9 = C1(v3 + 113)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
v4.insert(0, v3 ** 3)
t10 = [-54576, 120151618, 776461326, v3 + 37]
t11 = id(t10)
del t10
t12 = [[j] * 2 for j in range(1)]
print(id(t12) == t11)
print(sys.getsizeof(v1))
print(sys.getsizeof(v3))
v13 = "abc123"
t12.insert(-2, len(t12))
del t12[:1]
print(len(v2))
t14 = list(range(6))
t15 = id(t14)
del t14
t16 = list(range(11))
print(id(t16) == t15)
print(gc.is_tracked(v13))
print(v3 is v3 + 0, v3 == v3 + 0)
def g1(n):
    for i in range(n):
        yield i * 5
r17 = f1(v3 ** 4, v3 + 16730, len(v4))
print(r17)
v18 = (v3 ** 4,)
alias19 = v18
print(alias19 is v18, id(alias19) == id(v18))
print(sys.getsizeof(v18))
print(sys.getsizeof(v18))
v20 = set()
print(gc.is_tracked(v18))
acc21 = []
for i in range(18):
    acc21.append((i, i))
print(len(acc21), acc21[-3:])
v22 = {-3, 36, 73, 46, 31, -3, 15, 20}
v20.add(17)
print(gc.collect())
