# gen.py 45 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1, p2=4):
    acc = [p0, p1, p2]
    for i in range(2):
        acc.append(i)
    return acc
def g1(n):
    for i in range(n):
        yield i * 1
o1 = C1(96852)
o2 = C1(-10081)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = -33269
v4 = 2.5e-3
v5 = C2(-27738)
v6 = [[j] * 3 for j in range(2)]
v6.extend(range(9))
r7 = f1(v3 + 1000000000000000000000000000000000000000000000000000000879, -v3, v3 // 2)
print(r7)
v8 = ()
v9 = len(v8)
v6.extend(range(8))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v6)
v10 = 84
v4 = v9 / 3
v6.insert(1, v9 // -4)
v4 = 855.88
r11 = f1(100000000000000000000000000000000000000000604, 243670646, v3 % 5)
print(r11)
v12 = -v3
print(sys.getsizeof(v9))
print(v12 is v12 + 0, v12 == v12 + 0)
c13 = make_counter1()
print(c13(), c13(1), c13())
del v6[:3]
v14 = float(v3)
v15 = {-4, 47, 36, 90}
v15 = {75, 91, 97}
v16 = "snake_case"
print(type(v10).__name__)
v17 = [i * 1 for i in range(8)]
v15 = v15 - v15
acc18 = []
for i in range(11):
    acc18.append((i, i))
print(len(acc18), acc18[-3:])
x1 = -6
x2 = -6
print(x1 is x2)
print(sys.getsizeof(v16))
r19 = f1(v3 * 6, -v12, -18748)
print(r19)
v5 = C1(v12 % 97)
o20 = C1(v10 + 115)
o21 = C1(600000000000000000000000374)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
del o20, o21
print(gc.collect())
print(type(v15).__name__)
print(sys.getsizeof(v14))
v8 = (len(v17), v9 // 1, -2.25, v16.capitalize(), "-".join(str(e) for e in acc18), v12 * 1)
print(v8)
print(gc.collect())
