# gen.py 5 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "a"
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
v1 = 3.141592653589793
print(type(v1).__name__)
v2 = ""
v3 = [99, 191, len(v2), 22009]
del v3[:0]
o4 = C2(-46833)
o5 = C2(-24475)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
print(sys.getsizeof(v1))
v6 = {"k0": "-".join(str(e) for e in v3), "k1": 844054145, "k2": 600000000000000000000000000000000000000000000000363, "k3": v2 * 4, "k4": v2 + "b"}
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(sys.getsizeof(v1))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v6.pop("k6", None))
try:
    print(8 // 0)
except Exception as e:
    print(type(e).__name__, e)
v7 = v1 * 2.5e-3
r8 = f1()
print(r8)
v9 = 60000000000000000000000000000133
def g1(n):
    for i in range(n):
        yield i * 4
v2 = f"<{v1}>"
print(sys.getsizeof(v2))
o10 = C1(-63046)
o11 = C1(19459)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
t12 = v9 / -8
t13 = id(t12)
del t12
t14 = 2.5e-3
print(id(t14) == t13)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v3))
try:
    print(undefined_name_4)
except Exception as e:
    print(type(e).__name__, e)
del v3
try:
    print(undefined_name_4)
except Exception as e:
    print(type(e).__name__, e)
v6.update({0: 8})
print(sys.getrefcount(v6))
print(sys.getsizeof(v7))
x1 = "abc"
x2 = "abc"
print(x1 is x2)
it15 = g1(2)
print(type(it15).__name__)
print(sys.getsizeof(it15))
for v in it15:
    print(v)
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
v6.update({3: 7})
print(t14)
c16 = make_counter1()
print(c16(), c16(9), c16())
c17 = make_counter2()
print(c17(), c17(9), c17())
print(gc.collect())
