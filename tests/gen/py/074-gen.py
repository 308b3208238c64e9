# gen.py 74 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=7):
    acc = [p0]
    return acc
x1 = 2.5
x2 = 2.5
print(x1 is x2)
v1 = (60, 210, -87272, 76, 2.5e-3, 49)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
acc2 = []
i = 0
while i < 14:
    if i % 5 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
o3 = C1(23)
o4 = C1(3000000000000000000000000000000000000000000000159)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
del o3, o4
print(gc.collect())
print(len(v1))
def g1(n):
    for i in range(n):
        yield i * 5
print(len(acc2))
print(gc.is_tracked(acc2))
v5 = [12105, 60, len(acc2), 23, 2070723480, 63103]
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc2 = [1911898697, 5000000000000000000000000000000000000000000000000259, 7000000000000000000000000000590, 141, 192, len(v1), len(v1), 239]
v6 = dict()
acc7 = []
for i in range(19):
    acc7.append(i)
print(len(acc7), acc7[-3:])
r8 = f1(2)
print(r8)
print(acc2)
c9 = make_counter1()
print(c9(), c9(5), c9())
v6.update({9: 3})
v10 = "café"
print(v6)
v11 = C1(-5855)
del v10
r12 = f1(93723)
print(r12)
v13 = 0.1
acc14 = []
for i, x in enumerate("abcdef"):
    if i > 1:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
del acc14
print(type(acc7).__name__)
v15 = {i: i * i for i in range(3)}
acc2.extend(range(3))
print(gc.is_tracked(v1))
acc16 = []
i = 0
while i < 23:
    if i % 5 == 0:
        acc16.append(i)
    i += 1
print(len(acc16), acc16[-3:])
print(gc.collect())
if v5:
    v5[0] = "hello"
print(len(acc2))
t17 = (1e10, 0.0, -2.25)
t18 = id(t17)
del t17
t19 = tuple(acc2)
print(id(t19) == t18)
print(v6.get(5), list(v6.keys())[:3])
print(sys.getsizeof(t19))
print(gc.collect())
