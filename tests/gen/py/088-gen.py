# gen.py 88 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "snake_case"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=1):
    acc = [p0]
    acc = tuple(acc)
    return acc
o1 = C1(-42682)
o2 = C1(21731)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = 221
print(v3)
print(gc.is_tracked(v3))
v4 = C2(20000000000000000000000000000000000000000000000150)
v5 = "hello"
v6 = {85, 22, 50, 41, 60, -2}
try:
    print(6 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(len(v5))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc7 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
del v4
def g1(n):
    for i in range(n):
        yield i * 3
acc8 = []
for i in range(25):
    acc8.append((i, i))
print(len(acc8), acc8[-3:])
v6.add(20)
print(sys.getsizeof(acc8))
try:
    print(undefined_name_4)
except Exception as e:
    print(type(e).__name__, e)
v9 = v3 // 1
print(type(v9).__name__)
v10 = set()
v11 = v5[0:6]
print(sys.getrefcount(acc8))
v12 = v9 // 2
o13 = C1(-75800)
o14 = C1(v3 + -48224)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
if acc8:
    print(acc8.pop())
r15 = f1(v12 ** 4)
print(r15)
o16 = C2(len(acc7))
o17 = C2(v9 // 3)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
acc18 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc18.append((i, x))
else:
    acc18.append(None)
print(len(acc18), acc18[-3:])
acc19 = []
for i in range(6):
    acc19.append([i])
print(len(acc19), acc19[-3:])
v20 = v3 * 7
c21 = make_counter1()
print(c21(), c21(8), c21())
v22 = C1(len(acc7))
c23 = make_counter1()
print(c23(), c23(2), c23())
print(sorted(v6))
print(gc.is_tracked(v9))
print(v12 is v12 + 0, v12 == v12 + 0)
print(sys.getsizeof(v20))
v10.add(19)
t24 = {i: i * i for i in range(6)}
t25 = id(t24)
del t24
t26 = {i: i * i for i in range(10)}
print(id(t26) == t25)
print(gc.collect())
