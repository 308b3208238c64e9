# gen.py 280 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    acc = tuple(acc)
    return acc
r1 = f1()
print(r1)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o2 = C2(600000000000000000000000000000000000000279)
o3 = C2(60000000000000000753)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
v4 = {i % 6 for i in range(4)}
acc5 = []
for i, x in enumerate(range(5, 12)):
    if i > 2:
        break
    acc5.append((i, x))
else:
    acc5.append(None)
print(len(acc5), acc5[-3:])
acc5.insert(-2, 230)
c6 = make_counter1()
print(c6(), c6(4), c6())
v7 = {26: 100000000000000000000000000000295, 219: 64104, 110: 228, 29: 40711, 158: len(acc5)}
t8 = 3.141592653589793
t9 = id(t8)
del t8
t10 = 1.5
print(id(t10) == t9)
v4.discard(5)
alias11 = v7
print(alias11 is v7, id(alias11) == id(v7))
acc12 = []
i = 0
while i < 10:
    if i % 2 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
v13 = ()
v7 = {148: 10000000000000000000000000000000000011, 67: 53181, 178: len(v13), 163: -45355, 52: 223}
v14 = -52431
v15 = {220: len(v13)}
r16 = f1()
print(r16)
print(v15.pop("k3", None))
c17 = make_counter1()
print(c17(), c17(1), c17())
v18 = tuple(acc12)
def g1(n):
    for i in range(n):
        yield i * 5
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
print(v14 is v14 + 0, v14 == v14 + 0)
acc12.extend(range(0))
o19 = C1(184)
o20 = C1(283074154)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
del o19, o20
print(gc.collect())
print(v15.get(8), list(v15.keys())[:3])
acc21 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc21.append((i, x))
else:
    acc21.append(None)
print(len(acc21), acc21[-3:])
print(alias11.pop(11, None))
del v15
acc22 = []
for i in range(12):
    acc22.append(i)
print(len(acc22), acc22[-3:])
acc12.append("中文")
print(t10)
v23 = acc21 * 3
print(sys.getrefcount(acc5))
def g2(n):
    for i in range(n):
        yield i * 2
print(type(v18).__name__)
print(list(g1(6)))
r24 = f1()
print(r24)
del acc21[:1]
print(gc.collect())
