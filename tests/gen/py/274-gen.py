# gen.py 274 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
o1 = C1(-52572)
o2 = C1(202)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = C1(29851)
acc4 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
v5 = 1.5
del acc4[:2]
acc6 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
v7 = [v5 * 724.78, "  pad  "]
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
del acc4
print(sys.getsizeof(v3))
v8 = set()
print(acc6)
acc9 = []
i = 0
while i < 25:
    if i % 5 == 0:
        acc9.append(i)
    i += 1
print(len(acc9), acc9[-3:])
o10 = C1(53)
o11 = C1(128)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
acc6.append(-9449)
v12 = "ü"
print(gc.is_tracked(o10))
print(gc.is_tracked(v7))
acc9 = [len(acc9), 81853, 54, len(acc6), 79, 1220181584, 27081, 211]
o13 = C1(26652)
o14 = C1(20000000000000000000000000000000000000000259)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
acc15 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc15.append((i, x))
else:
    acc15.append(None)
print(len(acc15), acc15[-3:])
acc16 = []
i = 0
while i < 1:
    if i % 4 == 0:
        acc16.append(i)
    i += 1
print(len(acc16), acc16[-3:])
v17 = "€"
print(acc6)
print(9 in v8)
del v12
print(sys.getsizeof(acc16))
print(sys.getrefcount(v7))
del o10
print(type(o14).__name__)
print(sys.getsizeof(acc16))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v18 = v5 * -2.25
acc19 = []
for i in range(20):
    acc19.append(i * 1000)
print(len(acc19), acc19[-3:])
acc9.extend(range(4))
print(sys.getsizeof(v7))
print(gc.collect())
