# gen.py 122 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
o7 = C1(206)
v12 = C1(v2 // 1)
c13 = make_counter1()
print(c13(), c13(6), c13())
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
alias14 = v12
print(alias14 is v12, id(alias14) == id(v12))
def g1(n):
    for i in range(n):
        yield i * 5
v15 = b"a"
v16 = v2 + 88
v11.update({12: 7})
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(gc.is_tracked(v15))
v17 = [i * 1 for i in range(10)]
v18 = 2.5e-3
print(v11)
print(sys.getsizeof(v2))
v17.reverse()
acc19 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc19.append((i, x))
else:
    acc19.append(None)
print(len(acc19), acc19[-3:])
o20 = C1(-v16)
o21 = C1(-30230)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
del o20, o21
print(gc.collect())
if "k1" in v11:
    del v11["k1"]
v17.reverse()
v22 = v17 * 2
print(v2)
print(gc.is_tracked(alias14))
v23 = v2 ** 5
c24 = make_counter2()
print(c24(), c24(1), c24())
print(sys.getrefcount(alias14))
print(gc.collect())
