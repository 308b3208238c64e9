# gen.py 300 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2=9):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
def g1(n):
    for i in range(n):
        yield i * 2
v1 = 38282
print(v1)
v2 = 1e10
v3 = "ü"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sum(g1(6)), max(g1(1), default=-1))
print(gc.is_tracked(v1))
v4 = C2(-v1)
c5 = make_counter1()
print(c5(), c5(2), c5())
v6 = (float(v1), -v1, v1 % 10)
x1 = ()
x2 = ()
print(x1 is x2)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del v6
v7 = (repr(v1), v1 * -3, v3[3:9])
print(v1 is v1 + 0, v1 == v1 + 0)
print(sys.getsizeof(v4))
v8 = (3.141592653589793, v1 % 10, 3.141592653589793)
v9 = {i: i * i for i in range(9)}
print(sys.getsizeof(v4))
x1 = 257
x2 = 257
print(x1 is x2)
print(type(v8).__name__)
v2 = v2 * 148.13
t10 = (v3 * 3, v3.replace("l", "L"))
t11 = id(t10)
del t10
t12 = ()
print(id(t12) == t11)
print(gc.is_tracked(v8))
v13 = [v1 % 5]
acc14 = []
for i in range(15):
    acc14.append(i)
print(len(acc14), acc14[-3:])
v13.extend(range(2))
alias15 = t12
print(alias15 is t12, id(alias15) == id(t12))
v16 = len(v7)
print(type(v7).__name__)
acc14.insert(1, v1 % 10)
print(len(v13))
del alias15
v17 = v1 + 37
print(v4.a, v4.total())
v18 = {i % 8 for i in range(2)}
v13.insert(2, v17 * 5)
print(type(v17).__name__)
r19 = f1(v16 ** 3, v17 % 10, 300000000000000000000000000000000000000000000000000000000879)
print(r19)
print(gc.collect())
