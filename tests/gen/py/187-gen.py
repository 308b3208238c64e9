# gen.py 187 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0):
    acc = [p0]
    return acc
v1 = [0.1, 90000000000000000000000000000000000000000440]
print(sys.getsizeof(v1))
if v1:
    print(v1.pop())
v2 = "abc123"
v1.reverse()
v3 = -47990
print(sys.getsizeof(v3))
r4 = f1(55826)
print(r4)
r5 = f1(-v3)
print(r5)
print(v1)
v1.append("-".join(str(e) for e in v1))
acc6 = []
i = 0
while i < 13:
    if i % 5 == 0:
        acc6.append(i)
    i += 1
print(len(acc6), acc6[-3:])
v7 = C2(-v3)
del v7
v8 = v2 * 2
v3 = 150
t9 = ()
t10 = id(t9)
del t9
t11 = tuple(acc6)
print(id(t11) == t10)
v12 = C1(v3 % 2)
r13 = f1(len(v1))
print(r13)
acc14 = []
i = 0
while i < 12:
    if i % 2 == 0:
        acc14.append(i)
    i += 1
print(len(acc14), acc14[-3:])
v15 = 2.5e-3
def g1(n):
    for i in range(n):
        yield i * 4
v16 = b""
alias17 = v12
print(alias17 is v12, id(alias17) == id(v12))
v1 = []
print(v3 is v3 + 0, v3 == v3 + 0)
r18 = f1(v3 // 7)
print(r18)
acc19 = []
for i, x in enumerate([3, 1, 2]):
    if i > 1:
        break
    acc19.append((i, x))
else:
    acc19.append(None)
print(len(acc19), acc19[-3:])
v20 = [0.1, v8.swapcase()]
v20.append(9000000000000000000000000000000000000000000000000773)
print(v3 is v3 + 0, v3 == v3 + 0)
print(len(v16))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v16))
print(t11)
print(v3 is v3 + 0, v3 == v3 + 0)
v21 = tuple(acc14)
print(gc.collect())
