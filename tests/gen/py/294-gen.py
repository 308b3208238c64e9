# gen.py 294 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0):
    acc = [p0]
    for i in range(3):
        acc.append(i)
    return acc
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v1 = b"zzzzzzzzz"
v2 = (1e10, "€", 100, "line\n")
v3 = "ü"
v4 = v1 + b""
r5 = f1(200)
print(r5)
v6 = 0.1
v7 = list(range(11))
print(gc.collect())
v8 = v1[1:]
print(sys.getsizeof(v4))
v9 = (104,)
r10 = f1(26)
print(r10)
t11 = {i: i * i for i in range(8)}
t12 = id(t11)
del t11
t13 = {i: i * i for i in range(9)}
print(id(t13) == t12)
print(len(gc.get_referents(v9)))
acc14 = []
for i in range(1):
    acc14.append((i, i))
print(len(acc14), acc14[-3:])
v6 = 433.95
print(sys.getrefcount(t13))
del r10
print(len(acc14))
v15 = dict(k0=2000000000000000000000000000000000000000000439, k1=468088392, k2=800000000000000000000000000000000000000000997)
def g1(n):
    for i in range(n):
        yield i * 1
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
acc16 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc16.append((i, x))
else:
    acc16.append(None)
print(len(acc16), acc16[-3:])
v17 = 55
v1 = v4[1:]
print(v15)
v18 = {}
v6 = 0.0
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
acc14.insert(-2, v17 + 214)
v19 = dict(k0=600000000000000000000000000000000000000444, k1=v17 + 70395, k2=v17 * 4, k3=len(acc14))
print(sys.getsizeof(v15))
print(v18.pop(5, None))
try:
    print(7 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v6))
print(type(v6).__name__)
print(gc.collect())
