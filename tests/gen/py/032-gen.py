# gen.py 32 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "abc123"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    for i in range(0):
        acc.append(i)
    return acc
v1 = C1(800000000000000000000000000000000000000615)
v1 = C1(-26690)
v1 = C1(215)
x1 = 256
x2 = 256
print(x1 is x2)
r2 = f1(148)
print(r2)
print(gc.collect())
v3 = ("  pad  ", "中文", 300000000000000000000884, -6583)
v4 = [900000000000000000000000000000000000974, 8000000000000000000000000000000632, 900000000000000000000000000000230, -76355, 300000000000000000000000000000000000000000000000000000700, 18308, 1000000000000000000000974]
print(sys.getsizeof(v3))
print(sys.getsizeof(v3))
v5 = {"k0": "ü", "k1": "a", "k2": 96}
print(v5.pop(6, None))
print(type(v3).__name__)
o6 = C1(1000000000000000475)
o7 = C1(len(v3))
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
v5 = {93: 151, 281: 252, 13: 4, -12: -48061, 74: 1568334935}
print(v1.a, v1.total())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def g1(n):
    for i in range(n):
        yield i * 2
v5["k5"] = "b"
c8 = make_counter1()
print(c8(), c8(1), c8())
v5.update({"k6": 9})
print(len(v5))
alias9 = v1
print(alias9 is v1, id(alias9) == id(v1))
x1 = 256
x2 = 256
print(x1 is x2)
print(len(v4))
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
v10 = bytes(4)
print(type(v5).__name__)
v11 = -17634
del v3
del alias9
v12 = v10[1:]
v5 = {174: v11 * 7, 287: -v11, 274: 1183290382}
o13 = C1(v11 ** 2)
o14 = C1(v11 ** 4)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
v15 = C1(v11 ** 3)
print(sys.getrefcount(v4))
v16 = C1(v11 // -4)
print(type(v5).__name__)
acc17 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc17.append((i, x))
else:
    acc17.append(None)
print(len(acc17), acc17[-3:])
print(len(v5))
print(gc.collect())
