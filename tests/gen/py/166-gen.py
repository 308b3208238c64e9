# gen.py 166 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1():
    acc = []
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = b"\x00\xff"
print(sys.getsizeof(v1))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o2 = C1(50000000000000000000000000000533)
o3 = C1(234)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
v4 = (1e10, 0.1, 19587632, "中文")
c5 = make_counter2()
print(c5(), c5(6), c5())
print(type(v4).__name__)
o6 = C1(14844)
o7 = C1(-46298)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
v8 = C1(len(v4))
print(sys.getsizeof(v4))
print(gc.is_tracked(v1))
print(sys.getsizeof(v1))
v9 = "xxxxxxxxx"
v10 = 0.0
v11 = v1 + b"abc"
v12 = list(range(11))
print(sys.getsizeof(v1))
v13 = (v9.replace("l", "L"), len(v9), 2000000000000000000000524, v9[1:9])
v1 = bytes(10)
print(sys.getsizeof(v1))
c14 = make_counter2()
print(c14(), c14(4), c14())
acc15 = []
for i in range(17):
    acc15.append(i)
print(len(acc15), acc15[-3:])
print(gc.is_tracked(v9))
v16 = -54098
v17 = v9.strip()
print(v1)
print(gc.collect())
r18 = f1()
print(r18)
v19 = {i % 5 for i in range(30)}
acc20 = []
for i in range(5):
    acc20.append((i, i))
print(len(acc20), acc20[-3:])
print(sys.getsizeof(v8))
v19.discard(47)
print(len(v13))
v21 = "中文"
v19.add(22)
print(gc.collect())
