# gen.py 103 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v4 = C2(151)
v5 = 100.0
o6 = C2(50000000000000000000180)
o7 = C2(161)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
v8 = [362544845, 239, 11922, 36279, 228, len(v2)]
print(sys.getsizeof(v5))
alias9 = v8
print(alias9 is v8, id(alias9) == id(v8))
if v3:
    print(v3.pop())
def g1(n):
    for i in range(n):
        yield i * 1
v10 = set()
print(gc.is_tracked(v5))
x1 = "abc"
x2 = "abc"
print(x1 is x2)
print(alias9)
v10.discard(50)
acc11 = []
for i in range(4):
    acc11.append((i, i))
print(len(acc11), acc11[-3:])
r12 = f1()
print(r12)
v13 = C2(231)
if v3:
    print(v3.pop())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v14 = 100.0
v15 = tuple(alias9)
v16 = (2006745836, 1e10, v14 * 0.1, "xxxxxxxxxx")
v17 = alias9 * 3
v14 = 1e10
v17.reverse()
print(sys.getrefcount(v4))
if v3:
    print(v3.pop())
c18 = make_counter1()
print(c18(), c18(8), c18())
v17.reverse()
x1 = "abc"
x2 = "abc"
print(x1 is x2)
v2 = v2.title()
print(sum(x * x for x in range(3)))
print(v13.a, v13.total())
print(gc.is_tracked(v2))
v19 = C2(len(v1))
v20 = {295: len(acc11), 59: 500000000000000000000000000000000000000000979, 88: 76711, 282: 11275, 133: 167, 255: 500000000000000000000000000000000000000000000000000000809, 115: 30858}
print(gc.collect())
