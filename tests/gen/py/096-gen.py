# gen.py 96 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1=5):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
v1 = 80000000000000000000000000000000000000000000325
v2 = {i: i * i for i in range(2)}
r3 = f1(v1 * -1, -74165)
print(r3)
print(sys.getsizeof(v1))
acc4 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
x1 = ()
x2 = ()
print(x1 is x2)
acc5 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc5.append((i, x))
else:
    acc5.append(None)
print(len(acc5), acc5[-3:])
print(gc.is_tracked(acc5))
v2["k4"] = len(acc4)
v6 = C1(v1 * -3)
print(type(v1).__name__)
try:
    print(undefined_name_0)
except Exception as e:
    print(type(e).__name__, e)
v2["k4"] = v1 + 99
del acc4[:0]
x1 = -6
x2 = -6
print(x1 is x2)
print(sys.getrefcount(v6))
print(len(acc5))
print(sys.getrefcount(acc4))
v1 = 600000000000000000000000000000000000000000134
acc7 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
print(v1 is v1 + 0, v1 == v1 + 0)
def g1(n):
    for i in range(n):
        yield i * 1
print(sum(g1(6)), max(g1(2), default=-1))
v8 = ()
print(sys.getsizeof(v6))
acc7.insert(1, v1 * 5)
print(sys.getsizeof(acc4))
r9 = f1(14483, v1 % 5)
print(r9)
v10 = {}
acc4 = [2000000000000000000000000674, len(v8), v1 % 5, v1 % 10, len(v10), v1 ** 5, v1 * 3]
acc11 = []
for i in range(7):
    acc11.append([i])
print(len(acc11), acc11[-3:])
v2[2] = "a-b-c"
v12 = [[j] * 2 for j in range(2)]
print(gc.collect())
print(sys.getrefcount(acc5))
x1 = 2.5
x2 = 2.5
print(x1 is x2)
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
v10.update({4: 3})
acc11.insert(0, v1 % 5)
print(gc.collect())
