# gen.py 209 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1=2):
    acc = [p0, p1]
    for i in range(2):
        acc.append(i)
    return acc
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v1 = "b"
v2 = 3.141592653589793
def g1(n):
    for i in range(n):
        yield i * 3
def g2(n):
    for i in range(n):
        yield i * 3
v3 = C1(len(v1))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v4 = set()
v4.discard(34)
v5 = (100.0, 0.1, 100.0, 53132)
v6 = b"a"
print(len(v5))
def g3(n):
    for i in range(n):
        yield i * 3
v7 = (1.5, 0.1)
print(v2)
t8 = v1[0:7]
t9 = id(t8)
del t8
t10 = v1 * 2
print(id(t10) == t9)
print(len(v4))
r11 = f1(-2, 70000000000000000000000000000000000000000000000000000097)
print(r11)
print(v2)
print(17 in v4)
v12 = 116
r13 = f1(v12 * 4, v12 // -4)
print(r13)
v2 = float(v12)
v14 = C1(900000000000000000000296)
print(sys.getsizeof(v4))
print(sys.getsizeof(v4))
print(sys.getsizeof(v3))
o15 = C1(len(v5))
o16 = C1(v12 // 2)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
acc17 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc17.append((i, x))
else:
    acc17.append(None)
print(len(acc17), acc17[-3:])
t10 = "-".join(str(e) for e in v7)
print(8 in v4)
print(gc.collect())
v18 = dict(k0=v12 ** 5, k1=v12 * 3, k2=v12 % 97)
print(v12)
if "k2" in v18:
    del v18["k2"]
v19 = ()
print(gc.collect())
