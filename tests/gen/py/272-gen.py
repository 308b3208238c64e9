# gen.py 272 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "snake_case"
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
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = 177
print(gc.is_tracked(v1))
t2 = [[j] * 3 for j in range(1)]
t3 = id(t2)
del t2
t4 = [v1 ** 3, -v1, v1 * 4, v1 ** 4, 5, 104595306, 75937, -v1, v1 * -1]
print(id(t4) == t3)
v5 = {i: i * i for i in range(6)}
print(sys.getsizeof(v1))
print(sys.getsizeof(t4))
o6 = C1(v1 ** 2)
o7 = C1(v1 % 10)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
del t4
del v5
try:
    print(4 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v1))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(type(v1).__name__)
v8 = -v1
v9 = []
print(v8 is v8 + 0, v8 == v8 + 0)
x1 = 256
x2 = 256
print(x1 is x2)
v9.insert(0, v1 // 2)
v10 = float(v8)
def g1(n):
    for i in range(n):
        yield i * 2
print(v10)
print(gc.is_tracked(v9))
print(len(v9))
v11 = C1(-v1)
v12 = tuple(v9)
v9.extend(range(8))
print(sum(x * x for x in range(16)))
print(sum(x * x for x in range(27)))
print(len(v9))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v13 = set()
v9.insert(1, v1 // 2)
v14 = b"hello"
print(sorted(v13))
v10 = 370.0
print(type(v8).__name__)
print(gc.collect())
print(9 in v13)
v15 = "UPPER"
v16 = set()
print(gc.collect())
