# gen.py 276 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v3 = C2(-18382)
print(gc.is_tracked(v1))
del v1
r4 = f1(1973113136, 247, 191)
print(r4)
v5 = list(range(7))
print(v3.a, v3.total())
acc6 = []
for i in range(11):
    acc6.append((i, i))
print(len(acc6), acc6[-3:])
r7 = f1(22807, 73, 1945956254)
print(r7)
v5.append(repr(v5))
try:
    print([1, 2, 3][7])
except Exception as e:
    print(type(e).__name__, e)
r8 = f1(79542, 3000000000000000000000000000000000000000000000000000000000760, 200000000000000000000000000000000000000426)
print(r8)
v9 = 393.5
print(type(v9).__name__)
print(type(v3).__name__)
r10 = f1(10000000000000000000000000000000000000000703, 58, 84602)
print(r10)
v11 = 323.29
v5.append(f"<{v9}>")
if v5:
    v5[0] = "-".join(str(e) for e in v5)
v12 = 0.0
c13 = make_counter1()
print(c13(), c13(9), c13())
if v5:
    v5[0] = str(v9)
v14 = 95211
v12 = 573.40
print(len(gc.get_referents(acc6)))
acc6.append("spam eggs")
v5.reverse()
del v5
t15 = 0.0
t16 = id(t15)
del t15
t17 = v14 / 2
print(id(t17) == t16)
v18 = b"a"
v19 = ()
c20 = make_counter1()
print(c20(), c20(6), c20())
print(v11)
acc21 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc21.append((i, x))
else:
    acc21.append(None)
print(len(acc21), acc21[-3:])
alias22 = v9
print(alias22 is v9, id(alias22) == id(v9))
print(gc.collect())
