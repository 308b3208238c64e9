# gen.py 141 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2=4):
    acc = [p0, p1, p2]
    for i in range(5):
        acc.append(i)
    return acc
v1 = set()
print(5 in v1)
print(len(v1))
o2 = C1(80000000000000000000000000000000490)
o3 = C1(21860)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
o3 = C1(140)
v1.discard(11)
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
print(o2.a, o2.total())
del v1
v4 = {i: i * i for i in range(0)}
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o5 = C1(43395)
o6 = C1(15)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
v7 = C1(900000000000000000000000000372)
v8 = (-94212, -2.25, -2.25, len(v4), 3000000000000000000960)
print(sys.getsizeof(v7))
v4[6] = list(range(4))
print(type(o2).__name__)
acc9 = []
i = 0
while i < 8:
    if i % 5 == 0:
        acc9.append(i)
    i += 1
print(len(acc9), acc9[-3:])
print(v4)
acc9.insert(3, 200)
v10 = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
print(len(acc9))
def g1(n):
    for i in range(n):
        yield i * 1
acc9.reverse()
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(len(gc.get_referents(o3)))
acc9.reverse()
acc11 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc11.append((i, x))
else:
    acc11.append(None)
print(len(acc11), acc11[-3:])
acc9.extend(range(1))
o12 = C1(82)
o13 = C1(94588)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
v14 = v10 * 2
t15 = 129.25
t16 = id(t15)
del t15
t17 = 997.10
print(id(t17) == t16)
print(gc.collect())
acc18 = []
for i in range(0):
    acc18.append(i)
print(len(acc18), acc18[-3:])
v19 = ("€", repr(t17), 3.141592653589793, v10.replace("l", "L"), "  pad  ", -29227)
acc20 = []
for i in range(4):
    acc20.append(str(i))
print(len(acc20), acc20[-3:])
c21 = make_counter1()
print(c21(), c21(9), c21())
acc11.extend(range(5))
print(gc.collect())
