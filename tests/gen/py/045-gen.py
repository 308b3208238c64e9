# gen.py 45 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v5 = (f"<{v3}>", "UPPER")
acc6 = []
i = 0
while i < 12:
    if i % 3 == 0:
        acc6.append(i)
    i += 1
print(len(acc6), acc6[-3:])
alias7 = acc6
print(alias7 is acc6, id(alias7) == id(acc6))
v8 = -v3
print(gc.is_tracked(v3))
print(sys.getsizeof(v3))
v9 = len(acc6)
alias7.extend(range(8))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(acc6)
v9 = len(acc6)
print(v9)
v10 = 0.1
alias7.insert(1, v8 // -4)
v10 = 855.88
r11 = f1(100000000000000000000000000000000000000000604, 243670646, v3 % 5)
print(r11)
v12 = -v3
print(sys.getsizeof(v8))
print(v12 is v12 + 0, v12 == v12 + 0)
c13 = make_counter1()
print(c13(), c13(1), c13())
del acc6[:3]
v14 = float(v3)
v15 = {-4, 47, 36, 90}
v15 = {75, 91, 97}
v16 = "snake_case"
print(type(v9).__name__)
v17 = [i * 1 for i in range(8)]
v15 = v15 - v15
acc18 = []
for i in range(11):
    acc18.append((i, i))
print(len(acc18), acc18[-3:])
x1 = -6
x2 = -6
print(x1 is x2)
print(sys.getsizeof(v15))
r19 = f1(v3 * 6, -v12, -18748)
print(r19)
v20 = C1(v12 % 97)
print(v14)
acc6.append(600000000000000000000000374)
print(gc.collect())
