# gen.py 132 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
v1 = 5000000000000000000000000000818
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v1))
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(gc.is_tracked(v1))
v2 = {26: -v1, 14: 17456, 227: v1 * 4, 44: v1 + -45498, 19: -v1, 286: 30000000000000000000000000000000000000000655}
v3 = [v1 ** 3, 700000000000000000000000000626]
r4 = f1(v1 + 52)
print(r4)
v5 = C2(v1 * 6)
del v3
print(v1 is v1 + 0, v1 == v1 + 0)
print(type(v1).__name__)
print(gc.is_tracked(v5))
print(type(v5).__name__)
alias6 = v2
print(alias6 is v2, id(alias6) == id(v2))
v2.update({"k5": 8})
print(len(v2))
print(alias6.pop("k5", None))
print(gc.is_tracked(v5))
print(type(v5).__name__)
v5 = C1(50000000000000000000000000000000000000000000000000416)
c7 = make_counter1()
print(c7(), c7(2), c7())
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(v2.pop("k3", None))
v8 = v1 / 2
v9 = C2(162)
print(sys.getsizeof(v1))
o10 = C2(74)
o11 = C2(181)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
t12 = "ü"
t13 = id(t12)
del t12
t14 = "a-b-c"
print(id(t14) == t13)
v15 = [v1 // 3, 225]
print(sys.getrefcount(v2))
t14 = t14 * 0
print(sys.getsizeof(v15))
print(type(v1).__name__)
print(gc.is_tracked(v5))
print(alias6.get(10), list(alias6.keys())[:3])
def g1(n):
    for i in range(n):
        yield i * 3
v16 = C2(181)
v17 = v1 + -1040
print(gc.collect())
