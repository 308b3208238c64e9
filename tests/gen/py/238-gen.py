# gen.py 238 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0=8):
    acc = [p0]
    for i in range(0):
        acc.append(i)
    return acc
acc1 = []
i = 0
while i < 0:
    if i % 4 == 0:
        acc1.append(i)
    i += 1
print(len(acc1), acc1[-3:])
try:
    print(3 // 0)
except Exception as e:
    print(type(e).__name__, e)
acc2 = []
for i in range(3):
    acc2.append((i, i))
print(len(acc2), acc2[-3:])
v3 = "hello"
if acc2:
    acc2[0] = "-".join(str(e) for e in acc2)
r4 = f1(len(acc1))
print(r4)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
v5 = b"\x00\xff"
v6 = 89181
def g1(n):
    for i in range(n):
        yield i * 5
print(sys.getsizeof(v6))
if acc2:
    acc2[0] = v3[3:7]
acc7 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
print(sys.getsizeof(v5))
v3 = f"<{v6}>"
x1 = 256
x2 = 256
print(x1 is x2)
print(gc.is_tracked(acc1))
if acc2:
    acc2[0] = v3 + "中文"
v8 = {44, 23, 50, 60}
if acc2:
    acc2[0] = "  pad  "
del acc1[:1]
del acc1[:3]
v9 = 72.4
v10 = C1(v6 + -355)
v8.add(4)
print(len(v5))
acc2.append(v6 + 67780)
print(gc.collect())
v8 = set()
o11 = C2(len(v3))
o12 = C2(v6 ** 5)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(len(acc7))
alias13 = acc2
print(alias13 is acc2, id(alias13) == id(acc2))
o14 = C2(len(alias13))
o15 = C2(len(alias13))
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
v16 = v8 - v8
print(v6 is v6 + 0, v6 == v6 + 0)
v17 = [7, v6 * 1, v6 % 97, len(acc2), v6 // 1, 144, v6 // 7]
print(gc.collect())
