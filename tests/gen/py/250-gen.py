# gen.py 250 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "line\n"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
acc1 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc1.append((i, x))
else:
    acc1.append(None)
print(len(acc1), acc1[-3:])
print(sys.getrefcount(acc1))
print(sys.getrefcount(acc1))
print(len(acc1))
print(sys.getsizeof(acc1))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getrefcount(acc1))
acc1.extend(range(5))
r2 = f1(121, 254)
print(r2)
v3 = C2(1017921416)
print(len(acc1))
def g1(n):
    for i in range(n):
        yield i * 5
print(len(acc1))
acc1 = [i * 3 for i in range(11)]
alias4 = v3
print(alias4 is v3, id(alias4) == id(v3))
v5 = 0.0
print(list(g1(7)))
print(sys.getsizeof(v3))
o6 = C1(83620)
o7 = C1(180)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
alias8 = acc1
print(alias8 is acc1, id(alias8) == id(acc1))
print(type(acc1).__name__)
alias8.reverse()
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
v9 = (len(alias8), -45645, v5 * 0.1, -15516, 0.1)
v10 = [i * 7 for i in range(3)]
print(gc.is_tracked(v5))
acc1.extend(range(0))
print(len(alias8))
if alias8:
    alias8[0] = "a-b-c"
v11 = {i: i * i for i in range(1)}
print(v9)
if alias8:
    print(alias8.pop())
r12 = f1(193, 3)
print(r12)
alias13 = acc1
print(alias13 is acc1, id(alias13) == id(acc1))
print(v9)
print(sys.getrefcount(v10))
alias8.extend(range(3))
del v5
acc14 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
print(gc.collect())
