# gen.py 16 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "UPPER"
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
def f1(p0, p1=3):
    acc = [p0, p1]
    for i in range(2):
        acc.append(i)
    return acc
v1 = "abc123"
print(v1)
v2 = 500000000000000000000000000000801
print(v2)
v3 = C2(len(v1))
v2 = v2 % 97
v4 = C1(222)
del v1
del v3
r5 = f1(v2 + 113, -v2)
print(r5)
v6 = -v2
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c7 = make_counter1()
print(c7(), c7(4), c7())
v8 = 248.1
v2 = v6 // 3
print(v4.a, v4.total())
v9 = "  pad  "
r10 = f1(v6 + 10, v2 ** 4)
print(r10)
print(v2 is v2 + 0, v2 == v2 + 0)
v11 = set(range(9))
acc12 = []
i = 0
while i < 4:
    if i % 3 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
v13 = "-".join(str(e) for e in acc12)
del acc12[:1]
acc14 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
del r10
print(len(gc.get_referents(v4)))
v15 = (v6 / 3, "€", v6 + 60000000000000000000000000000000000000000000000000175, v6 ** 4, str(v2), "  pad  ")
print(sys.getsizeof(v2))
def g1(n):
    for i in range(n):
        yield i * 1
acc14.append(v2 % 10)
alias16 = v15
print(alias16 is v15, id(alias16) == id(v15))
o17 = C1(-18176)
o18 = C1(v2 * 0)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
if acc14:
    print(acc14.pop())
print(sum(g1(0)), max(g1(1), default=-1))
o19 = C1(-v2)
o20 = C1(v2 ** 2)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
del o19, o20
print(gc.collect())
v21 = C1(v2 // 2)
acc22 = []
i = 0
while i < 1:
    if i % 2 == 0:
        acc22.append(i)
    i += 1
print(len(acc22), acc22[-3:])
c23 = make_counter1()
print(c23(), c23(5), c23())
v24 = v11 - v11
print(gc.collect())
