# gen.py 22 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1, p2=1):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
v1 = [7000000000000000000590, 1133753250, 25178, 262731330, 1438011601]
del v1[:1]
print(sys.getrefcount(v1))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v2 = {108: -68062, 183: -74086, 183: -75693, 250: 41}
v1.insert(1, 117)
v1.append("  pad  ")
if v1:
    print(v1.pop())
v1.insert(-2, 300000000000000000000000000000000000000000000000000000000756)
print(v1)
print(v2)
v3 = C1(900000000000000000000000598)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del v2
v4 = {i: i * i for i in range(12)}
v5 = 60000000000000000000000000000000000000000000000000000000065
print(sys.getsizeof(v5))
print(v1)
print(sys.getrefcount(v4))
v1 = [[j] * 1 for j in range(0)]
o6 = C1(-v5)
o7 = C1(14)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
o8 = C1(v5 % 97)
o9 = C1(v5 + -61134)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
print(len(v1))
v10 = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
v11 = C1(v5 % 97)
print(gc.is_tracked(v5))
acc12 = []
i = 0
while i < 4:
    if i % 4 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
print(gc.is_tracked(acc12))
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
acc12.reverse()
v10 = v10[1:6]
acc12.insert(3, v5 // -4)
print(sys.getsizeof(v5))
v1.insert(3, v5 // 1)
v13 = {1, 61, 62, 14}
if v1:
    v1[0] = v10 + "tab\t"
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def g1(n):
    for i in range(n):
        yield i * 1
v14 = v5 / 7
print(gc.collect())
