# gen.py 117 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=2):
    acc = [p0]
    return acc
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
r1 = f1(57189)
print(r1)
acc2 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc2.append((i, x))
else:
    acc2.append(None)
print(len(acc2), acc2[-3:])
v3 = "Hello World"
print(len(acc2))
v4 = 0.0
acc2.insert(3, len(v3))
print(sys.getsizeof(v3))
acc2.reverse()
v5 = {i: i * i for i in range(4)}
v6 = C1(58144)
def g1(n):
    for i in range(n):
        yield i * 4
print(sys.getsizeof(acc2))
try:
    print(9 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v4 = 1e10
print(list(g1(3)))
print(gc.is_tracked(v6))
r7 = f1(183)
print(r7)
v5[10] = acc2[:]
acc2.reverse()
v8 = ()
print(gc.collect())
v9 = {287: len(acc2), 168: 5000000000000000000000000000000000000000000000000104, 16: 88306, 201: 100}
acc10 = []
i = 0
while i < 11:
    if i % 5 == 0:
        acc10.append(i)
    i += 1
print(len(acc10), acc10[-3:])
o11 = C1(500000000000000000000000243)
o12 = C1(60000000000000000000000000000000000000000000000000000081)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
t13 = (0.1, v4 * 1.5, v3 + "€", 0.0)
t14 = id(t13)
del t13
t15 = ()
print(id(t15) == t14)
print(sys.getsizeof(o11))
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
alias16 = o11
print(alias16 is o11, id(alias16) == id(o11))
print(sys.getsizeof(acc10))
v4 = 0.0
v17 = {13, 60}
print(sys.getrefcount(v5))
print(sys.getrefcount(v6))
print(sys.getrefcount(acc10))
v18 = 8889
print(gc.collect())
