# gen.py 237 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "UPPER"
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(3):
        acc.append(i)
    return acc
o1 = C1(-65344)
o2 = C1(8000000000000000000000000000000000000000000089)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
x1 = ()
x2 = ()
print(x1 is x2)
v3 = ("café", "  pad  ", "  pad  ", "€", 97)
print(v3)
v4 = 219701642
print(gc.is_tracked(v4))
v5 = [v4 % 10, len(v3), v4 ** 2, 2120553198, v4 * -2, -v4]
def g1(n):
    for i in range(n):
        yield i * 5
v6 = (v4 * 6, str(v4))
print(gc.collect())
t7 = list(range(11))
t8 = id(t7)
del t7
t9 = list(range(8))
print(id(t9) == t8)
v10 = [[j] * 3 for j in range(1)]
c11 = make_counter1()
print(c11(), c11(1), c11())
v12 = set(range(19))
print(list(g1(2)))
print(sys.getsizeof(v4))
print(v4 is v4 + 0, v4 == v4 + 0)
v12.add(39)
t9.reverse()
v5.append(v4 * -1)
if t9:
    print(t9.pop())
acc13 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
r14 = f1(v4 + 94, v4 ** 5, len(v3))
print(r14)
acc15 = []
i = 0
while i < 0:
    if i % 5 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
del acc15
it16 = g1(5)
print(type(it16).__name__)
print(sys.getsizeof(it16))
for v in it16:
    print(v)
t17 = (float(v4), 1e10, v4 // 2, len(v3), repr(v5), f"<{v4}>")
t18 = id(t17)
del t17
t19 = (100.0, "a", 0.1, -4170, len(v10))
print(id(t19) == t18)
v5 = [i * 6 for i in range(3)]
print(type(t9).__name__)
v5.reverse()
v5.extend(range(2))
print(gc.is_tracked(v5))
print(sys.getsizeof(v6))
print(type(t9).__name__)
print(gc.is_tracked(v5))
print(sys.getsizeof(v4))
v20 = "tab\t"
if v10:
    print(v10.pop())
v10.insert(-1, v4 // -4)
print(gc.collect())
