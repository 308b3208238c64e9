# gen.py 189 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "Hello World"
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(5):
        acc.append(i)
    return acc
v1 = "abc123"
try:
    print([1, 2, 3][7])
except Exception as e:
    print(type(e).__name__, e)
v2 = bytes(0)
def g1(n):
    for i in range(n):
        yield i * 2
print(sys.getsizeof(v1))
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
x1 = -6
x2 = -6
print(x1 is x2)
v3 = 60000000000000000000340
v1 = "tab\t"
v4 = {36}
print(12 in v4)
del v2
x1 = -6
x2 = -6
print(x1 is x2)
v4.discard(15)
print(gc.is_tracked(v4))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v4.add(18)
del v1
v5 = [v3 % 10, 0.0, f"<{v3}>", v3 / 7]
def g2(n):
    for i in range(n):
        yield i * 1
r6 = f1(len(v5), v3 * 1, v3 // 2)
print(r6)
del r6
v7 = b"hello"
del v5
alias8 = v3
print(alias8 is v3, id(alias8) == id(v3))
o9 = C2(3457)
o10 = C2(alias8 // 1)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
v11 = v4 | v4
print(sys.getsizeof(v11))
alias12 = v7
print(alias12 is v7, id(alias12) == id(v7))
acc13 = []
for i in range(12):
    acc13.append(i)
print(len(acc13), acc13[-3:])
print(type(v7).__name__)
try:
    print(1 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(len(v4))
v14 = alias8 / 3
o15 = C2(alias8 * -3)
o16 = C2(v3 * 2)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
print(15 in v4)
it17 = g2(2)
print(type(it17).__name__)
print(sys.getsizeof(it17))
for v in it17:
    print(v)
v4 = v11 & v11
print(gc.collect())
