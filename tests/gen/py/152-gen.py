# gen.py 152 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "spam eggs"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    return acc
v1 = (1388665467, "spam eggs", 1.5, 88, "a-b-c", "b")
print(gc.is_tracked(v1))
def g1(n):
    for i in range(n):
        yield i * 4
def g2(n):
    for i in range(n):
        yield i * 1
v2 = {280: 87345, 117: 232, 270: -37679}
o3 = C2(204)
o4 = C2(4000000000000000000000000000000000000000000000000000000423)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
v5 = "€"
x1 = ()
x2 = ()
print(x1 is x2)
v6 = C2(8000000000000000000000000000000275)
v7 = 38
t8 = {i: i * i for i in range(5)}
t9 = id(t8)
del t8
t10 = {242: 1218047992}
print(id(t10) == t9)
r11 = f1(121, v7 * 5, v7 ** 4)
print(r11)
v5 = "snake_case"
v12 = "café"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
if "k1" in t10:
    del t10["k1"]
print(list(g1(3)))
o3 = C1(7000000000000000000000000000000000000000000000314)
del o3
v13 = {i % 4 for i in range(11)}
print(sys.getsizeof(v6))
acc14 = []
i = 0
while i < 3:
    if i % 3 == 0:
        acc14.append(i)
    i += 1
print(len(acc14), acc14[-3:])
try:
    print(undefined_name_8)
except Exception as e:
    print(type(e).__name__, e)
print(list(g2(3)))
v13 = {i % 4 for i in range(21)}
acc14.insert(-2, 91)
print(len(v5))
v13 = v13 & v13
print(sum(x * x for x in range(7)))
r15 = f1(v7 // -4, v7 ** 2, 233)
print(r15)
v16 = [v7 * 7, v7 + 942428128, len(acc14), v7 % 10, v7 % 10, -v7, -v7]
print(gc.is_tracked(v6))
v17 = float(v7)
v18 = tuple(acc14)
print(gc.is_tracked(o4))
print(list(g2(3)))
print(gc.is_tracked(v12))
print(gc.collect())
