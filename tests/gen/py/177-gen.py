# gen.py 177 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1, p2=9):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
v1 = 2.5e-3
v2 = C1(112)
print(sys.getsizeof(v1))
v3 = [-93844, 92348]
print(len(gc.get_referents(v2)))
v4 = set()
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v4.add(39)
v5 = C1(5000000000000000000000000000000000000015)
print(len(gc.get_referents(v5)))
v6 = "a"
print(sys.getsizeof(v5))
v3 = [1000000000000000000000000000000814, 61439, 2036660494, 4000000000000000000375]
print(gc.is_tracked(v1))
print(8 in v4)
print(gc.is_tracked(v3))
v7 = dict()
print(gc.is_tracked(v3))
print(gc.is_tracked(v2))
r8 = f1(1406357679, 45, -9982)
print(r8)
v9 = v1 * 405.40
acc10 = []
for i in range(13):
    acc10.append(i)
print(len(acc10), acc10[-3:])
acc11 = []
i = 0
while i < 1:
    if i % 3 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
if acc10:
    acc10[0] = "a-b-c"
print(sys.getrefcount(v4))
x1 = 257
x2 = 257
print(x1 is x2)
print(type(v5).__name__)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
del acc11[:1]
del v3[:3]
print(acc11)
print(len(acc10))
print(sys.getsizeof(v3))
t12 = 3.141592653589793
t13 = id(t12)
del t12
t14 = 1.5
print(id(t14) == t13)
v9 = t14 * 1.5
v15 = 0.0
print(gc.collect())
