# gen.py 136 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "xxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    acc = tuple(acc)
    return acc
v1 = 138
v2 = C1(100000000000000000183)
v3 = ("  pad  ", 120, float(v1), 1.5)
v4 = [213, len(v3), -v1, v1 ** 5, v1 % 97, 6000000000000000000000000000000000000000762]
alias5 = v3
print(alias5 is v3, id(alias5) == id(v3))
if v4:
    print(v4.pop())
del v3
o6 = C2(v1 * 4)
o7 = C2(205)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
v8 = {i % 9 for i in range(8)}
print(alias5)
def g1(n):
    for i in range(n):
        yield i * 3
acc9 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
print(v1 is v1 + 0, v1 == v1 + 0)
v10 = [i * 8 for i in range(8)]
print(v1 is v1 + 0, v1 == v1 + 0)
v11 = C2(1790622264)
print(gc.is_tracked(acc9))
print(15 in v8)
print(sys.getsizeof(alias5))
print(list(g1(6)))
r12 = f1()
print(r12)
acc13 = []
for i in range(14):
    acc13.append(str(i))
print(len(acc13), acc13[-3:])
print(type(v2).__name__)
print(v1 is v1 + 0, v1 == v1 + 0)
acc14 = []
i = 0
while i < 6:
    if i % 5 == 0:
        acc14.append(i)
    i += 1
print(len(acc14), acc14[-3:])
r15 = f1()
print(r15)
print(gc.is_tracked(v1))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(alias5)
v16 = {283: 109, 68: v1 * -2}
del acc13[:3]
if acc14:
    print(acc14.pop())
v17 = -2.25
print(v1 is v1 + 0, v1 == v1 + 0)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(type(v16).__name__)
del v11
c18 = make_counter1()
print(c18(), c18(8), c18())
print(v16.pop(3, None))
print(gc.collect())
