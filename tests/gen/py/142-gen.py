# gen.py 142 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
v1 = 100.0
o2 = C1(45)
o3 = C1(600000000000000000000927)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 1
print(v1)
r4 = f1(52599, -93451)
print(r4)
v5 = 300000000000000000000000000000000000755
v6 = ""
print(sys.getsizeof(v1))
print(sys.getsizeof(v6))
v7 = [v5 * 4, v5 % 10]
print(v5)
v8 = C2(v5 ** 4)
v9 = b""
o10 = C1(v5 * 4)
o11 = C1(v5 // 3)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
r12 = f1(-v5, 138)
print(r12)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v8))
print(v9)
print(len(gc.get_referents(v8)))
print(len(v7))
del v9
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getrefcount(v7))
r13 = f1(len(v6), len(v6))
print(r13)
acc14 = []
i = 0
while i < 13:
    if i % 5 == 0:
        acc14.append(i)
    i += 1
print(len(acc14), acc14[-3:])
print(sys.getrefcount(acc14))
print(sys.getrefcount(acc14))
print(type(v7).__name__)
alias15 = v5
print(alias15 is v5, id(alias15) == id(v5))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
r16 = f1(v5 * 2, 63)
print(r16)
o17 = C2(alias15 + -93614)
o18 = C2(-v5)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
if acc14:
    print(acc14.pop())
acc19 = []
i = 0
while i < 18:
    if i % 3 == 0:
        acc19.append(i)
    i += 1
print(len(acc19), acc19[-3:])
if acc14:
    acc14[0] = repr(v5)
v20 = tuple(acc14)
acc19.extend(range(7))
print(sys.getsizeof(v6))
print(gc.collect())
