# gen.py 174 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0):
    acc = [p0]
    for i in range(5):
        acc.append(i)
    return acc
v1 = {82, 36}
o2 = C1(54)
o3 = C1(142)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
print(len(v1))
v1.add(21)
o4 = C1(84)
o5 = C1(30000000000000000000000000000000000000000000000000000510)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
print(sorted(v1))
acc6 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
print(len(v1))
def g1(n):
    for i in range(n):
        yield i * 5
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v7 = "UPPER"
print(acc6)
acc8 = []
i = 0
while i < 22:
    if i % 2 == 0:
        acc8.append(i)
    i += 1
print(len(acc8), acc8[-3:])
print(sys.getsizeof(acc6))
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
v9 = {-4, 19, 2, 93, 35}
print(gc.collect())
acc6.insert(-1, 56085)
v10 = b"\x00\xff"
if acc8:
    print(acc8.pop())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc11 = []
for i in range(13):
    acc11.append(str(i))
print(len(acc11), acc11[-3:])
v12 = 56
v13 = tuple(acc6)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
if acc11:
    print(acc11.pop())
v14 = {i: i * i for i in range(12)}
v15 = v10[1:]
v9.add(22)
v12 = 159
v16 = -28561
if acc11:
    print(acc11.pop())
o17 = C1(-v16)
o18 = C1(v16 * 0)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
acc19 = []
for i in range(9):
    acc19.append([i])
print(len(acc19), acc19[-3:])
print(len(acc19))
print(gc.is_tracked(v10))
acc19 = list(range(1))
del acc19[:3]
print(gc.collect())
