# gen.py 273 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1=1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
def g1(n):
    for i in range(n):
        yield i * 4
try:
    print(3 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v1 = [1247123694, 242]
print(len(gc.get_referents(v1)))
print(type(v1).__name__)
acc2 = []
i = 0
while i < 2:
    if i % 4 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
r3 = f1(232, 600000000000000000000000000000000000000000000959)
print(r3)
acc4 = []
for i, x in enumerate("abcdef"):
    if i > 5:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
v5 = (500000000000000000810,)
print(type(v5).__name__)
v6 = repr(v1)
t7 = (9,)
t8 = id(t7)
del t7
t9 = (-85422,)
print(id(t9) == t8)
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
del t9
r10 = f1(len(v1), 600000000000000000000000000284)
print(r10)
acc4.reverse()
v11 = 27
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v12 = [i * 5 for i in range(6)]
print(v11 is v11 + 0, v11 == v11 + 0)
del v1
alias13 = v12
print(alias13 is v12, id(alias13) == id(v12))
v14 = v11 + 22
alias13.append(-37808)
print(sum(x * x for x in range(9)))
v15 = (v14 // 2,)
print(sys.getsizeof(alias13))
try:
    print(2 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v16 = {i % 5 for i in range(30)}
acc2.append(v11 * 7)
v12 = list(range(6))
o17 = C1(80000000000000000000392)
o18 = C1(v14 * -3)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
o19 = C1(v14 ** 2)
o20 = C1(v11 % 97)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
acc21 = []
for i in range(21):
    acc21.append(str(i))
print(len(acc21), acc21[-3:])
c22 = make_counter1()
print(c22(), c22(4), c22())
acc23 = []
i = 0
while i < 22:
    if i % 3 == 0:
        acc23.append(i)
    i += 1
print(len(acc23), acc23[-3:])
print(sys.getrefcount(o20))
print(gc.collect())
