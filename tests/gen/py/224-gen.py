# gen.py 224 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=8):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = {}
v2 = {48, 92, 27, 43}
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v2))
print(2 in v2)
v3 = 700000000000000000000000000000000088
print(v3 is v3 + 0, v3 == v3 + 0)
v4 = b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
v5 = {i % 1 for i in range(22)}
print(v1.get(10), list(v1.keys())[:3])
print(len(gc.get_referents(v1)))
v6 = C1(v3 % 10)
print(v3)
t7 = f"<{v3}>"
t8 = id(t7)
del t7
t9 = "abc123"
print(id(t9) == t8)
def g1(n):
    for i in range(n):
        yield i * 5
acc10 = []
for i in range(14):
    acc10.append((i, i))
print(len(acc10), acc10[-3:])
x1 = 1000
x2 = 1000
print(x1 is x2)
print(v1)
v1 = dict(k0=v3 % 10, k1=60431, k2=-v3, k3=-v3, k4=v3 % 97)
v6 = C1(v3 * 4)
del acc10
v11 = len(v1)
x1 = -6
x2 = -6
print(x1 is x2)
print(9 in v2)
print(gc.collect())
v12 = v11 / 7
v4 = v4[1:]
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del t9
v13 = bytes(0)
print(v1.get("k3"), list(v1.keys())[:3])
print(len(v13))
print(v3 is v3 + 0, v3 == v3 + 0)
del v2
print(19 in v5)
o14 = C1(77895)
o15 = C1(v11 // 2)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
v16 = {i % 1 for i in range(1)}
o17 = C1(len(v1))
o18 = C1(v11 ** 3)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
print(gc.collect())
