# gen.py 133 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "snake_case"
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
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = {15, 6, 31, 14, -5, 93, 47}
def g1(n):
    for i in range(n):
        yield i * 5
print(sorted(v1))
o2 = C1(163)
o3 = C1(20000000000000000000516)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
del v1
v4 = {i % 8 for i in range(22)}
o5 = C1(53034)
o6 = C1(-30826)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
v4.discard(34)
v7 = [46, 4, 95, 247, -43484]
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(list(g1(0)))
acc8 = []
for i in range(9):
    acc8.append({i: i})
print(len(acc8), acc8[-3:])
v9 = "ü"
print(gc.is_tracked(v7))
print(sum(x * x for x in range(3)))
v4 = {1, 40, 68, 27, 54, 73}
print(v9)
v10 = v9 + "snake_case"
print(len(gc.get_referents(v7)))
print(len(gc.get_referents(acc8)))
acc11 = []
i = 0
while i < 4:
    if i % 2 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
acc12 = []
i = 0
while i < 1:
    if i % 4 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
r13 = f1(9000000000000000000000000000000000000000000913, 122)
print(r13)
v4.discard(44)
acc8.reverse()
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v10))
v14 = {153: 100000000000000000000000000165, 84: 2864, 140: 141, 158: -70688}
acc15 = []
for i in range(7):
    acc15.append(i * 1000)
print(len(acc15), acc15[-3:])
x1 = -6
x2 = -6
print(x1 is x2)
print(sys.getsizeof(v7))
print(sys.getsizeof(v14))
c16 = make_counter1()
print(c16(), c16(5), c16())
v17 = b"\x00\xff"
del acc11
print(gc.collect())
