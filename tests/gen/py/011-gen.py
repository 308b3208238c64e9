# gen.py 11 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "tab\t"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0=4):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = C1(3000000000000000000000000000000000000000000000000000000015)
v2 = 118
r3 = f1(v2 % 5)
print(r3)
def g1(n):
    for i in range(n):
        yield i * 3
del v1
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v4 = b"zzzzzzzzzzzzzzz"
v5 = (4156,)
v6 = set(range(9))
v7 = v2 % 2
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
v8 = [-v7]
acc9 = []
for i in range(24):
    acc9.append(str(i))
print(len(acc9), acc9[-3:])
print(v8)
v10 = 91
print(sys.getsizeof(v5))
print(sum(x * x for x in range(6)))
v5 = ()
o11 = C1(v2 // 2)
o12 = C1(len(v5))
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
v8.insert(-2, v2 * 0)
v13 = {}
v8.reverse()
v14 = (193, "hello", len(v8))
acc9.insert(2, len(v14))
print(v14)
v15 = [v10 * 1, v2 % 2, len(v13), v7 % 2, v2 // 3, 565125450, -v2, 86362, v10 + 238]
try:
    print(1 // 0)
except Exception as e:
    print(type(e).__name__, e)
o16 = C1(v7 * 1)
o17 = C1(v7 // 1)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
x1 = 1000
x2 = 1000
print(x1 is x2)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(15 in v6)
v18 = {i % 1 for i in range(19)}
v15.append(v2 * 7)
v19 = (80000000000000000000000000000000000000000000000000085,)
alias20 = v7
print(alias20 is v7, id(alias20) == id(v7))
o21 = C1(alias20 + 52)
o22 = C1(-1739)
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
del o21, o22
print(gc.collect())
c23 = make_counter1()
print(c23(), c23(6), c23())
print(gc.collect())
