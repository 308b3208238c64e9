# gen.py 122 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = (-2.25, "b", "€")
v2 = -52187
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v3 = set(range(14))
o4 = C1(v2 % 97)
o5 = C1(len(v1))
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
print(gc.is_tracked(v1))
print(len(v3))
r6 = f1(-v2)
print(r6)
o7 = C1(v2 + 200000000000000000000000000000000000000975)
o8 = C1(len(v1))
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
o9 = C1(v2 % 5)
o10 = C1(v2 // 7)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
del v3
v11 = {i: i * i for i in range(6)}
v12 = set()
del r6
acc13 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
o14 = C1(v2 * -1)
o15 = C1(1743199991)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
acc13.append(repr(acc13))
print(type(o8).__name__)
print(gc.collect())
v16 = {i: i * i for i in range(2)}
v11.update({12: 7})
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(gc.is_tracked(o14))
acc13 = list(range(7))
v12.discard(25)
print(len(v11))
v17 = (v2 ** 3,)
v12.discard(18)
print(len(v11))
v18 = f"<{v2}>"
print(sys.getsizeof(o7))
print(v11.pop(2, None))
r19 = f1(v2 % 2)
print(r19)
v20 = list(range(9))
v21 = set()
c22 = make_counter1()
print(c22(), c22(1), c22())
print(sys.getsizeof(acc13))
print(gc.is_tracked(v11))
def g1(n):
    for i in range(n):
        yield i * 3
print(gc.collect())
