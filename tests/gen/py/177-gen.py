# gen.py 177 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "spam eggs"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2=9):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
v1 = 2.5e-3
v2 = C1(45)
print(type(v2).__name__)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v1))
v3 = {39, 38, 84, -5, -4, -4}
r4 = f1(933955397, -19142, 4000000000000000000000000000000000000000000000000000000105)
print(r4)
del v3
def g1(n):
    for i in range(n):
        yield i * 3
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v5 = b""
print(len(gc.get_referents(v2)))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(v5)
print(list(g1(7)))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o6 = C1(138)
o7 = C1(-98689)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
print(sys.getsizeof(v2))
r8 = f1(2036660494, 4000000000000000000375, 6000000000000000000000000000913)
print(r8)
v9 = {87, 29, 92, 25, 31}
v10 = dict()
print(type(v5).__name__)
print(sys.getrefcount(v9))
v11 = "hello"
acc12 = []
i = 0
while i < 2:
    if i % 2 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
alias13 = v2
print(alias13 is v2, id(alias13) == id(v2))
v14 = {i % 9 for i in range(15)}
acc15 = []
for i in range(1):
    acc15.append((i, i))
print(len(acc15), acc15[-3:])
v16 = v5[1:]
v17 = set(range(18))
print(sys.getrefcount(v9))
x1 = 2.5
x2 = 2.5
print(x1 is x2)
t18 = tuple(acc12)
t19 = id(t18)
del t18
t20 = ()
print(id(t20) == t19)
del acc15[:1]
v9.discard(13)
o21 = C1(len(t20))
o22 = C1(len(v11))
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
c23 = make_counter2()
print(c23(), c23(9), c23())
print(sys.getrefcount(o21))
print(gc.collect())
