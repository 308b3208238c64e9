# gen.py 114 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1():
    acc = []
    acc = tuple(acc)
    return acc
x1 = -6
x2 = -6
print(x1 is x2)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
v1 = C1(1294661915)
print(gc.is_tracked(v1))
print(sys.getrefcount(v1))
print(v1.a, v1.total())
v2 = (4000000000000000000000000000000000000000000000351,)
v3 = 0.0
v2 = ()
r4 = f1()
print(r4)
v5 = C1(172)
v6 = ""
print(sys.getsizeof(v1))
v7 = (v6[0:3], 52834, 71.57, 100.0, 982.97, -57953)
acc8 = []
for i in range(20):
    acc8.append([i])
print(len(acc8), acc8[-3:])
if acc8:
    print(acc8.pop())
v9 = 3
x1 = 256
x2 = 256
print(x1 is x2)
v10 = (v6 * 1, 0.1, float(v9), float(v9), float(v9))
acc11 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc11.append((i, x))
else:
    acc11.append(None)
print(len(acc11), acc11[-3:])
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
print(type(v7).__name__)
x1 = "abc"
x2 = "abc"
print(x1 is x2)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v5 = C1(7000000000000000000821)
v12 = {63, -5}
del acc8
v6 = v6 * 2
r13 = f1()
print(r13)
v14 = "-".join(str(e) for e in v7)
print(type(v3).__name__)
v15 = v9 ** 3
v12.add(17)
def g1(n):
    for i in range(n):
        yield i * 5
r16 = f1()
print(r16)
v17 = [[j] * 0 for j in range(2)]
print(gc.collect())
print(gc.collect())
