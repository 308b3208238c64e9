# gen.py 168 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0=8):
    acc = [p0]
    return acc
o1 = C1(54)
o2 = C1(60000000000000000000000000000000000000332)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = (90166, 100000000000000000000000000000000000000000324)
v4 = {i % 2 for i in range(17)}
print(v3)
print(sys.getsizeof(v4))
r5 = f1(47346)
print(r5)
v6 = ""
print(sys.getsizeof(v3))
t7 = {i: i * i for i in range(8)}
t8 = id(t7)
del t7
t9 = {280: 187, 0: 91865, 182: len(v3)}
print(id(t9) == t8)
print(8 in v4)
print(t9)
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
alias10 = t9
print(alias10 is t9, id(alias10) == id(t9))
o11 = C1(-46167)
o12 = C1(10902)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
print(gc.is_tracked(v3))
print(gc.is_tracked(v6))
r13 = f1(122)
print(r13)
print(t9)
del v4
c14 = make_counter1()
print(c14(), c14(7), c14())
o15 = C1(900000000000000000000000000000000000831)
o16 = C1(4)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
v17 = ()
print(sys.getsizeof(v3))
acc18 = []
i = 0
while i < 10:
    if i % 3 == 0:
        acc18.append(i)
    i += 1
print(len(acc18), acc18[-3:])
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v19 = "ü"
v20 = []
acc21 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc21.append((i, x))
else:
    acc21.append(None)
print(len(acc21), acc21[-3:])
v22 = C1(65)
print(o15.a, o15.total())
acc18.extend(range(3))
print(len(v3))
acc23 = []
for i, x in enumerate(range(5, 12)):
    if i > 2:
        break
    acc23.append((i, x))
else:
    acc23.append(None)
print(len(acc23), acc23[-3:])
acc24 = []
for i in range(12):
    acc24.append(i * 1000)
print(len(acc24), acc24[-3:])
print(v20)
v25 = "xxxxxxxxxxxxxxxxx"
v26 = 244
v27 = [i * 5 for i in range(7)]
print(gc.collect())
