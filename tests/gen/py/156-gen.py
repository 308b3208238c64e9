# gen.py 156 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "line\n"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1):
    acc = [p0, p1]
    for i in range(1):
        acc.append(i)
    return acc
v1 = 196
v2 = {i: i * i for i in range(4)}
v3 = repr(v1)
v4 = [i * 3 for i in range(1)]
r5 = f1(v1 // 3, v1 * 3)
print(r5)
v6 = list(range(7))
v6.reverse()
t7 = 68.65
t8 = id(t7)
del t7
t9 = 1.5
print(id(t9) == t8)
o10 = C2(1620826622)
o11 = C2(32020)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
v12 = b"a"
acc13 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
print(sys.getsizeof(v3))
o14 = C1(-v1)
o15 = C1(len(v4))
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(sys.getsizeof(v1))
alias16 = v4
print(alias16 is v4, id(alias16) == id(v4))
v17 = acc13[:]
v18 = {12, 89, 77, 48, 93, 81}
try:
    print(8 // 0)
except Exception as e:
    print(type(e).__name__, e)
v2 = dict(k0=v1 // 7, k1=v1 + 630721592, k2=v1 ** 3)
print(len(v2))
v19 = {i: i * i for i in range(8)}
v4.extend(range(8))
print(len(v4))
v20 = -v1
if "k5" in v2:
    del v2["k5"]
v21 = "spam eggs"
print(v20 is v20 + 0, v20 == v20 + 0)
del t9
print(gc.is_tracked(v20))
v22 = (2.5e-3, "UPPER", v20 * 5, 138, v1 + 121, v20 / 7)
print(len(v12))
print(sys.getsizeof(v18))
acc23 = []
i = 0
while i < 22:
    if i % 5 == 0:
        acc23.append(i)
    i += 1
print(len(acc23), acc23[-3:])
v24 = v20 // 1
alias16.reverse()
print(type(v2).__name__)
v12 = v12 + b"x"
acc25 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc25.append((i, x))
else:
    acc25.append(None)
print(len(acc25), acc25[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
