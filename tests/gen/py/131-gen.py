# gen.py 131 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
print(gc.collect())
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(undefined_name_8)
except Exception as e:
    print(type(e).__name__, e)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r1 = f1()
print(r1)
r2 = f1()
print(r2)
def g1(n):
    for i in range(n):
        yield i * 4
v3 = 57356
v4 = "  pad  "
print(len(v4))
v4 = v4[0:8]
r5 = f1()
print(r5)
acc6 = []
for i in range(20):
    acc6.append(i * 1000)
print(len(acc6), acc6[-3:])
del r1
v7 = {44, 99, 53, 13, 30, 98, 41}
print(v3)
print(v3)
print(sys.getsizeof(acc6))
v8 = b"\x00\xff"
v9 = C1(-34931)
v10 = v3 % 5
v11 = (807.40, "a-b-c", v3 // -4, -2.25, "  pad  ", v3 / 2)
t12 = tuple(acc6)
t13 = id(t12)
del t12
t14 = ()
print(id(t14) == t13)
print(sum(x * x for x in range(25)))
print(v9.a, v9.total())
r15 = f1()
print(r15)
print(sys.getsizeof(v8))
v7 = set(range(8))
try:
    print(5 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v16 = 3.141592653589793
v17 = float(v3)
v18 = C1(v3 % 2)
def g2(n):
    for i in range(n):
        yield i * 5
v19 = bytes(12)
del acc6
print(gc.collect())
