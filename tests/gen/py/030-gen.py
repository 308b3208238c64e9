# gen.py 30 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0=2):
    acc = [p0]
    return acc
def g1(n):
    for i in range(n):
        yield i * 3
v1 = 1201732527
print(gc.collect())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v1))
print(sys.getsizeof(v1))
print(gc.is_tracked(v1))
v2 = str(v1)
v3 = {17, 62, 77, 18, 55}
print(v1 is v1 + 0, v1 == v1 + 0)
x1 = 1000
x2 = 1000
print(x1 is x2)
print(sum(x * x for x in range(8)))
del v3
try:
    print(undefined_name_2)
except Exception as e:
    print(type(e).__name__, e)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v2))
def make_counter3():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(len(v2))
acc4 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
if acc4:
    print(acc4.pop())
it5 = g1(3)
print(type(it5).__name__)
print(sys.getsizeof(it5))
for v in it5:
    print(v)
t6 = {}
t7 = id(t6)
del t6
t8 = {}
print(id(t8) == t7)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
if acc4:
    acc4[0] = "-".join(str(e) for e in acc4)
def make_counter4():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o9 = C2(len(acc4))
o10 = C2(v1 // 7)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
acc4.extend(range(6))
v2 = v2 * 3
print(sys.getsizeof(v1))
acc4.insert(1, -v1)
del acc4
v11 = [v1 % 97, -2.25, v1 + 711678378]
v11.extend(range(9))
t8.update({"k1": 2})
r12 = f1(-v1)
print(r12)
print(gc.collect())
