# gen.py 10 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
v1 = C1(122)
v2 = 176
print(sys.getsizeof(v2))
print(sys.getsizeof(v2))
v3 = bytes(14)
v4 = v2 // 2
print(type(v3).__name__)
v5 = C1(v4 * 7)
t6 = v2 / 2
t7 = id(t6)
del t6
t8 = 1.5
print(id(t8) == t7)
alias9 = v2
print(alias9 is v2, id(alias9) == id(v2))
v10 = {29: v4 // 2}
acc11 = []
i = 0
while i < 13:
    if i % 3 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v3))
t12 = (v4 / 7, "-".join(str(e) for e in acc11), float(v4))
t13 = id(t12)
del t12
t14 = tuple(acc11)
print(id(t14) == t13)
print(sys.getsizeof(v10))
acc11.reverse()
print(len(acc11))
print(v4 is v4 + 0, v4 == v4 + 0)
v15 = "line\n"
print(alias9 is alias9 + 0, alias9 == alias9 + 0)
print(sys.getsizeof(acc11))
v16 = set(range(0))
v4 = v4 * -1
del v5
r17 = f1(-95443, 43297, alias9 % 10)
print(r17)
o18 = C1(alias9 % 97)
o19 = C1(v2 * 1)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
del o18, o19
print(gc.collect())
print(t8)
v20 = C1(179)
print(type(alias9).__name__)
v21 = acc11[:]
print(gc.is_tracked(acc11))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
acc22 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc22.append((i, x))
else:
    acc22.append(None)
print(len(acc22), acc22[-3:])
print(gc.is_tracked(t8))
v10[6] = v15 * 3
v23 = len(t14)
print(sys.getrefcount(v16))
print(sys.getrefcount(acc11))
print(gc.collect())
