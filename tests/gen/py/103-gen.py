# gen.py 103 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
class C2:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    return acc
v1 = ""
v2 = v1.swapcase()
print(v1)
v3 = [len(v1), 9000000000000000000000000000725, -5686, 210]
v4 = b""
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v5 = 100.0
o6 = C2(50000000000000000000180)
o7 = C2(161)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
o6 = C1(192)
def g1(n):
    for i in range(n):
        yield i * 4
v4 = v4[1:]
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(o6))
print(v5)
r8 = f1()
print(r8)
v3.extend(range(4))
v3.reverse()
o9 = C2(165)
o10 = C2(191)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
print(sys.getsizeof(o7))
print(gc.is_tracked(v5))
x1 = "abc"
x2 = "abc"
print(x1 is x2)
print(o10.a, o10.total())
if v3:
    print(v3.pop())
acc11 = []
for i in range(4):
    acc11.append((i, i))
print(len(acc11), acc11[-3:])
r12 = f1()
print(r12)
v4 = v4[1:]
try:
    print(undefined_name_6)
except Exception as e:
    print(type(e).__name__, e)
v13 = ()
o14 = C1(69)
o15 = C1(-6567)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
print(o7.a, o7.total())
print(sys.getsizeof(o15))
print(sys.getsizeof(v4))
c16 = make_counter2()
print(c16(), c16(4), c16())
if v3:
    print(v3.pop())
print(sys.getsizeof(v13))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v2))
r17 = f1()
print(r17)
print(gc.collect())
