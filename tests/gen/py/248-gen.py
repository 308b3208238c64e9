# gen.py 248 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v4 = bytes(1)
def g1(n):
    for i in range(n):
        yield i * 1
print(gc.is_tracked(v4))
it5 = g1(3)
print(type(it5).__name__)
print(sys.getsizeof(it5))
for v in it5:
    print(v)
v6 = [86, 36]
o7 = C1(105)
o8 = C1(9000000000000000000000000000000000000000000706)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
del o7, o8
print(gc.collect())
if v6:
    v6[0] = "café"
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(v6)
x1 = 1000
x2 = 1000
print(x1 is x2)
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(9 // 0)
except Exception as e:
    print(type(e).__name__, e)
del v4
it9 = g1(1)
print(type(it9).__name__)
print(sys.getsizeof(it9))
for v in it9:
    print(v)
v6.insert(-1, 93)
v6.append(-42264)
r10 = f1(100000000000000000000000000000000000000000000000000000784, 40000000000000000467, 129)
print(r10)
print(gc.is_tracked(v6))
acc11 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc11.append((i, x))
else:
    acc11.append(None)
print(len(acc11), acc11[-3:])
del v6[:2]
print(sys.getsizeof(v6))
def g2(n):
    for i in range(n):
        yield i * 3
try:
    print(undefined_name_0)
except Exception as e:
    print(type(e).__name__, e)
v12 = C1(-26760)
print(gc.collect())
it13 = g2(4)
print(type(it13).__name__)
print(sys.getsizeof(it13))
for v in it13:
    print(v)
v6 = list(range(9))
if v6:
    print(v6.pop())
del v12
print(gc.is_tracked(acc11))
print(sum(x * x for x in range(30)))
print(sys.getsizeof(acc11))
print(sys.getsizeof(v6))
print(gc.is_tracked(acc11))
acc11.reverse()
v14 = ("tab\t", 1e10, "ü", "xxxxxxxxxxxxxxxxxx", "café", 0.1)
print(gc.collect())
