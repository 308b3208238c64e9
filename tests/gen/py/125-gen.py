# gen.py 125 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = ""
def g1(n):
    for i in range(n):
        yield i * 2
del v1
def g2(n):
    for i in range(n):
        yield i * 3
v2 = 1843191521
print(v2)
acc3 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc3.append((i, x))
else:
    acc3.append(None)
print(len(acc3), acc3[-3:])
r4 = f1(v2 % 2, v2 ** 3)
print(r4)
v5 = {89, 37, 78, 57}
print(14 in v5)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
v6 = 0.1
print(sys.getsizeof(v6))
print(list(g2(8)))
print(sys.getrefcount(v5))
v5.add(7)
print(type(acc3).__name__)
v7 = bytes(8)
print(gc.is_tracked(v5))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
x1 = 2.5
x2 = 2.5
print(x1 is x2)
acc8 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
r9 = f1(-v2, 253)
print(r9)
del v6
r10 = f1(1496081040, v2 * 3)
print(r10)
print(sys.getsizeof(v7))
print(gc.is_tracked(v2))
del v7
print(v2 is v2 + 0, v2 == v2 + 0)
alias11 = v2
print(alias11 is v2, id(alias11) == id(v2))
acc12 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
print(gc.collect())
