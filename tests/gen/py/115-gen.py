# gen.py 115 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
x1 = "abc"
x2 = "abc"
print(x1 is x2)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = b"zzzzzzzzzzzzzzzzzzz"
v2 = (-2.25, 67, 3.141592653589793, 1e10, 2.5e-3)
print(gc.is_tracked(v2))
try:
    print(3 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v1))
def g1(n):
    for i in range(n):
        yield i * 2
o3 = C2(72954)
o4 = C2(209)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
v5 = 143
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(o3))
print(sys.getsizeof(v1))
print(sys.getsizeof(v1))
v6 = {126: 300000000000000000000000000000000446, 256: v5 // 3, 246: 200000000000000000000000696, 10: v5 * 5, 102: 67, 26: 93, -6: v5 * 7}
print(gc.collect())
v7 = (v5 + 97306, v5 % 10)
print(type(o3).__name__)
o8 = C1(-v5)
o9 = C1(-v5)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
v10 = "UPPER"
print(len(v10))
alias11 = v5
print(alias11 is v5, id(alias11) == id(v5))
v6[3] = alias11 ** 5
acc12 = []
i = 0
while i < 7:
    if i % 3 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
o13 = C1(len(v10))
o14 = C1(-79359)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
v15 = v10.replace("l", "L")
print(gc.is_tracked(v2))
print(sys.getsizeof(v15))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v6.update({9: 8})
print(alias11)
print(list(g1(7)))
del acc12[:0]
if acc12:
    print(acc12.pop())
del v15
print(sys.getsizeof(v2))
t16 = (repr(v7), v10.replace("l", "L"), v5 / 7, -4319, 1.5, v5 + 72)
t17 = id(t16)
del t16
t18 = (v5 ** 2,)
print(id(t18) == t17)
v19 = C1(alias11 + -96777)
print(gc.collect())
