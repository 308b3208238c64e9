# gen.py 257 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "line\n"
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
def f1():
    acc = []
    return acc
o1 = C1(-94360)
o2 = C1(8)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = b""
v4 = v3 + b""
alias5 = v3
print(alias5 is v3, id(alias5) == id(v3))
v6 = {79}
v6.add(48)
x1 = 256
x2 = 256
print(x1 is x2)
print(sys.getsizeof(v3))
try:
    print(5 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v7 = bytes(8)
v6.discard(31)
o8 = C1(-10987)
o9 = C1(-24005)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
del v7
v10 = C1(10)
acc11 = []
for i, x in enumerate("abcdef"):
    if i > 5:
        break
    acc11.append((i, x))
else:
    acc11.append(None)
print(len(acc11), acc11[-3:])
v12 = "€"
del v10
print(sys.getsizeof(v4))
v13 = tuple(acc11)
def g1(n):
    for i in range(n):
        yield i * 1
try:
    print(4 // 0)
except Exception as e:
    print(type(e).__name__, e)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(list(g1(6)))
alias14 = v13
print(alias14 is v13, id(alias14) == id(v13))
v15 = C2(83476)
v16 = [207, 600000000000000000000000000000000000000000000000000000128, len(alias14), 1870043050, 183, 82]
v6.add(27)
print(v12)
r17 = f1()
print(r17)
r18 = f1()
print(r18)
v19 = 900000000000000000000000000000000112
print(type(v3).__name__)
v20 = acc11[:]
o21 = C2(v19 * 4)
o22 = C2(1)
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
v23 = 15
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(v13))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
