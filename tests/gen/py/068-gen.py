# gen.py 68 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2=5):
    acc = [p0, p1, p2]
    return acc
x1 = 256
x2 = 256
print(x1 is x2)
v1 = C2(7528)
print(type(v1).__name__)
v2 = C2(68920)
alias3 = v1
print(alias3 is v1, id(alias3) == id(v1))
print(len(gc.get_referents(v1)))
v4 = -98740
acc5 = []
i = 0
while i < 13:
    if i % 5 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
v6 = (v4 ** 3, -v4)
print(gc.is_tracked(acc5))
del acc5
r7 = f1(v4 ** 4, v4 + 20000000000000000000000000000000000000000000878, len(v6))
print(r7)
v8 = b""
v9 = (len(v6),)
acc10 = []
i = 0
while i < 17:
    if i % 4 == 0:
        acc10.append(i)
    i += 1
print(len(acc10), acc10[-3:])
v11 = (v4 % 97,)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v9))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
acc10.reverse()
v8 = b"a"
print(type(v2).__name__)
v12 = bytes(8)
print(sys.getsizeof(v12))
v13 = 2.5e-3
v14 = "b"
v15 = {"k0": v4 // -4, "k1": v14.replace("l", "L"), "k2": v14[0:7], "k3": 125}
t16 = list(range(3))
t17 = id(t16)
del t16
t18 = list(range(10))
print(id(t18) == t17)
print(v11)
del v14
print(sys.getsizeof(v2))
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
alias3 = C2(240)
o19 = C2(v4 * -2)
o20 = C2(v4 * 2)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
print(gc.is_tracked(v8))
v21 = set()
print(alias3.a, alias3.total())
print(sys.getsizeof(v4))
print(gc.collect())
