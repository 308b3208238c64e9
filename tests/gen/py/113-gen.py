# gen.py 113 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1=0):
    acc = [p0, p1]
    for i in range(2):
        acc.append(i)
    return acc
v1 = ("  pad  ", 41209, 3.141592653589793, 0.1)
acc2 = []
i = 0
while i < 21:
    if i % 3 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
print(v1)
r3 = f1(1301171675, 557681741)
print(r3)
v4 = 2000000000000000000000000000000000000000000000000097
o5 = C1(-v4)
o6 = C1(v4 // 1)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
v7 = [[j] * 0 for j in range(5)]
v8 = (v4 // 2,)
del acc2
def g1(n):
    for i in range(n):
        yield i * 5
print(sys.getsizeof(o5))
v7.reverse()
v9 = v4 % 97
print(type(o5).__name__)
del v7[:3]
r10 = f1(30000000000000000000000000000000869, v9 % 5)
print(r10)
o11 = C1(248)
o12 = C1(len(v7))
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o12
print(len(gc.get_referents(o6)))
r13 = f1(-v4, v9 % 10)
print(r13)
del v7
o14 = C1(-v9)
o15 = C1(len(v1))
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
v16 = C1(93776)
v17 = (len(v1),)
print(gc.collect())
print(sys.getsizeof(o6))
acc18 = []
for i, x in enumerate([3, 1, 2]):
    if i > 2:
        break
    acc18.append((i, x))
else:
    acc18.append(None)
print(len(acc18), acc18[-3:])
acc18 = [-44275, v4 // 2, v4 * -3, -v4, -1, v9 ** 3, 241]
if acc18:
    acc18[0] = f"<{v4}>"
if acc18:
    acc18[0] = "a"
v19 = C1(51)
print(sys.getsizeof(o11))
print(type(o15).__name__)
print(v16.a, v16.total())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v20 = {45, 50, 3, 47, 86}
print(sys.getsizeof(v16))
print(sys.getsizeof(v8))
v20.discard(37)
acc18 = [v4 * 3, v9 * 5, 30000000000000000000000000000000000000000000000000000369, v4 // 7, v4 + 80303]
print(gc.collect())
