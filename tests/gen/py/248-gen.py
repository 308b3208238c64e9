# gen.py 248 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
class C2:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(3):
        acc.append(i)
    return acc
o1 = C2(-85718)
o2 = C2(120)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
r3 = f1(300000000000000000000000000000000000000000000196, 1754631957, 53)
print(r3)
v4 = C1(1000000000000000000000000000000000669)
def g1(n):
    for i in range(n):
        yield i * 5
print(list(g1(3)))
print(type(v4).__name__)
acc5 = []
for i in range(0):
    acc5.append(i)
print(len(acc5), acc5[-3:])
v6 = 1.5
r7 = f1(156, 97, 55056)
print(r7)
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(acc5)
x1 = 1000
x2 = 1000
print(x1 is x2)
v8 = {92: -84204, 38: 1524070072, 36: 58681, 208: 171, -18: 157}
if "k3" in v8:
    del v8["k3"]
r9 = f1(40000000000000000467, 129, len(v8))
print(r9)
acc10 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc10.append((i, x))
else:
    acc10.append(None)
print(len(acc10), acc10[-3:])
acc10.extend(range(5))
print(sys.getrefcount(v4))
def g2(n):
    for i in range(n):
        yield i * 3
try:
    print(undefined_name_0)
except Exception as e:
    print(type(e).__name__, e)
v11 = 100.0
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
v12 = {38, 84, 50, -3, 22, 25}
v8 = {"k0": "Hello World", "k1": "  pad  ", "k2": 45184}
try:
    print(undefined_name_9)
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v6))
print(sys.getsizeof(v8))
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(gc.is_tracked(v8))
v13 = set()
del v4
x1 = 1000
x2 = 1000
print(x1 is x2)
print(sys.getsizeof(v6))
print(sys.getsizeof(v8))
print(type(v6).__name__)
print(sum(x * x for x in range(18)))
del v12
acc14 = []
for i in range(14):
    acc14.append({i: i})
print(len(acc14), acc14[-3:])
del acc5
print(gc.collect())
