# gen.py 156 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v12 = C2(v1 % 10)
o13 = C1(v1 ** 2)
o14 = C1(-v1)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
print(sys.getsizeof(v2))
x1 = 256
x2 = 256
print(x1 is x2)
v2["k3"] = v1 % 10
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(type(v2).__name__)
v15 = {12, 89, 77, 48, 93, 81}
try:
    print(8 // 0)
except Exception as e:
    print(type(e).__name__, e)
v2 = dict(k0=v1 // 7, k1=v1 + 630721592, k2=v1 ** 3)
print(len(v2))
v16 = {i: i * i for i in range(8)}
print(v2.pop("k5", None))
print(gc.is_tracked(v6))
v17 = -v1
if "k5" in v2:
    del v2["k5"]
v18 = "中文"
del v3
r19 = f1(v17 // -4, len(v16))
print(r19)
try:
    print(9 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
del r19
v6.append(f"<{v17}>")
acc20 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc20.append((i, x))
else:
    acc20.append(None)
print(len(acc20), acc20[-3:])
v1 = 138
v21 = acc20 + [len(v4)]
print(sys.getsizeof(v18))
acc22 = []
i = 0
while i < 22:
    if i % 5 == 0:
        acc22.append(i)
    i += 1
print(len(acc22), acc22[-3:])
v23 = v17 // 1
if "k0" in v16:
    del v16["k0"]
r24 = f1(190, 8000000000000000000000000000000000000000000055)
print(r24)
print(len(gc.get_referents(v4)))
print(gc.collect())
