# gen.py 1 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    return acc
v1 = C1(79875)
print(sys.getrefcount(v1))
v2 = {i: i * i for i in range(0)}
alias3 = v2
print(alias3 is v2, id(alias3) == id(v2))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getrefcount(v2))
v4 = [[j] * 1 for j in range(2)]
print(len(v4))
v5 = {18, 75}
print(gc.is_tracked(v1))
print(6 in v5)
print(sys.getsizeof(alias3))
del v5
del v4[:0]
del v2
v4.reverse()
print(sys.getsizeof(alias3))
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
v6 = C1(-48822)
del v1
print(sys.getrefcount(v6))
def g1(n):
    for i in range(n):
        yield i * 2
print(type(v6).__name__)
v7 = [5000000000000000000000000000000000000000000000000000000000561, 97316, 4000000000000000000000000000000000000000000972, 6000000000000000000000000000000000000000000000000000567, 70000000000000000000000000000000000000000000000832]
alias3.update({9: 7})
o8 = C1(87)
o9 = C1(500000000000000000861)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
v10 = 1e10
v11 = f"<{v10}>"
print(sys.getrefcount(o8))
print(gc.is_tracked(o8))
try:
    print(8 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
del v11
v12 = len(v4)
print(o8.a, o8.total())
print(sys.getsizeof(v7))
acc13 = []
for i in range(0):
    acc13.append(i)
print(len(acc13), acc13[-3:])
v4.append(71652)
print(sum(g1(8)), max(g1(0), default=-1))
print(gc.collect())
