# gen.py 87 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
v1 = ("spam eggs", "b")
try:
    print(7 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v2 = bytes(11)
o3 = C1(len(v1))
o4 = C1(len(v1))
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
del o3, o4
print(gc.collect())
v5 = len(v1)
v6 = v5 + 63960
print(sys.getsizeof(v1))
v7 = "-".join(str(e) for e in v1)
print(type(v7).__name__)
v8 = []
print(sys.getrefcount(v8))
v8.extend(range(8))
acc9 = []
i = 0
while i < 25:
    if i % 3 == 0:
        acc9.append(i)
    i += 1
print(len(acc9), acc9[-3:])
acc10 = []
for i in range(16):
    acc10.append(i * 1000)
print(len(acc10), acc10[-3:])
o11 = C1(v5 % 10)
o12 = C1(v5 + 56632037)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
v13 = v6 % 10
print(sys.getsizeof(v13))
print(gc.collect())
if acc9:
    print(acc9.pop())
v14 = "abc123"
def g1(n):
    for i in range(n):
        yield i * 4
print(sys.getsizeof(v5))
acc9.reverse()
print(gc.is_tracked(v14))
del v7
def g2(n):
    for i in range(n):
        yield i * 3
v15 = C1(-v5)
v16 = ()
r17 = f1(v5 * -1, v5 // 2)
print(r17)
v18 = {131: v5 + 89385, 158: v13 % 97, 193: len(v14), -9: len(v8)}
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(acc10)
print(sys.getsizeof(v2))
v18 = dict(k0=-v5)
print(sys.getsizeof(v15))
acc19 = []
for i in range(0):
    acc19.append((i, i))
print(len(acc19), acc19[-3:])
print(sys.getsizeof(v18))
print(sys.getsizeof(v2))
r20 = f1(177, v6 * 7)
print(r20)
print(gc.collect())
