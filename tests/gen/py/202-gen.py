# gen.py 202 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "UPPER"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2=8):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
def g1(n):
    for i in range(n):
        yield i * 5
it1 = g1(4)
print(type(it1).__name__)
print(sys.getsizeof(it1))
for v in it1:
    print(v)
v2 = {i % 1 for i in range(16)}
print(sys.getsizeof(v2))
del v2
v3 = "a"
v3 = "a-b-c"
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
acc4 = []
i = 0
while i < 7:
    if i % 4 == 0:
        acc4.append(i)
    i += 1
print(len(acc4), acc4[-3:])
print(len(acc4))
del acc4[:1]
if acc4:
    acc4[0] = "-".join(str(e) for e in acc4)
x1 = ()
x2 = ()
print(x1 is x2)
print(sys.getsizeof(v3))
acc4.append(36)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v5 = tuple(acc4)
c6 = make_counter1()
print(c6(), c6(3), c6())
t7 = v3.title()
t8 = id(t7)
del t7
t9 = v3 + "a-b-c"
print(id(t9) == t8)
print(list(g1(7)))
v10 = list(range(0))
v11 = C2(25787)
r12 = f1(-99357, 114, 742124101)
print(r12)
acc4 = [[j] * 0 for j in range(4)]
acc13 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
print(sum(x * x for x in range(18)))
del v11
print(type(acc4).__name__)
print(sys.getsizeof(v3))
if acc13:
    acc13[0] = v3[1:6]
c14 = make_counter1()
print(c14(), c14(5), c14())
print(sys.getsizeof(v5))
acc15 = []
i = 0
while i < 19:
    if i % 3 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
acc13 = [3.141592653589793]
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
