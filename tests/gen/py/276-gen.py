# gen.py 276 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2=7):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
v1 = {"k0": "UPPER", "k1": 192}
r2 = f1(-95652, 32, 1022337931)
print(r2)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v1))
print(sys.getsizeof(v1))
v3 = {12, 91, 46, 60, 65}
print(gc.is_tracked(v1))
del v1
r4 = f1(1973113136, 247, 191)
print(r4)
v5 = list(range(7))
print(sorted(v3))
acc6 = []
for i in range(11):
    acc6.append((i, i))
print(len(acc6), acc6[-3:])
r7 = f1(22807, 73, 1945956254)
print(r7)
v3.add(50)
acc6.insert(3, 230)
v8 = 2.5e-3
o9 = C1(200000000000000000000000000000000000000426)
o10 = C1(136)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 5
v5.reverse()
print(type(v8).__name__)
print(type(v3).__name__)
r11 = f1(10000000000000000000000000000000000000000703, 58, 84602)
print(r11)
v12 = 323.29
v3.add(29)
acc6.append("")
v13 = "tab\t"
v14 = list(range(12))
v15 = set(range(20))
v16 = acc6[:]
print(gc.is_tracked(acc6))
x1 = 2.5
x2 = 2.5
print(x1 is x2)
v17 = {i: i * i for i in range(0)}
v18 = -25884
t19 = [i * 3 for i in range(9)]
t20 = id(t19)
del t19
t21 = v5 + [v18 ** 2]
print(id(t21) == t20)
v22 = C2(v18 // 1)
print(sys.getrefcount(t21))
v23 = tuple(v14)
print(v23)
acc24 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc24.append((i, x))
else:
    acc24.append(None)
print(len(acc24), acc24[-3:])
print(gc.collect())
