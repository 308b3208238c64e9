# gen.py 198 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
acc1 = []
i = 0
while i < 5:
    if i % 2 == 0:
        acc1.append(i)
    i += 1
print(len(acc1), acc1[-3:])
o2 = C1(1458000644)
o3 = C1(len(acc1))
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
o4 = C1(948922420)
o5 = C1(400000000000000000000000000000000000000000000000758)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
v6 = 487.46
acc1 = acc1[:]
x1 = 256
x2 = 256
print(x1 is x2)
del v6
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r7 = f1(-13884, 641982629, 1000000000000000000000000000000000000000545)
print(r7)
print(len(acc1))
v8 = 60
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
v9 = set(range(10))
o10 = C1(v8 * 4)
o11 = C1(-v8)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
acc12 = []
i = 0
while i < 0:
    if i % 2 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
t13 = tuple(acc12)
t14 = id(t13)
del t13
t15 = (f"<{v8}>", v8 + 27528, 154, 100.0)
print(id(t15) == t14)
acc12.reverse()
print(len(gc.get_referents(acc12)))
print(sys.getsizeof(o10))
o16 = C1(len(t15))
o17 = C1(16079)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
print(gc.is_tracked(acc1))
print(gc.is_tracked(v9))
print(gc.is_tracked(o10))
del r7
r18 = f1(v8 + 885637854, v8 % 2, 2000000000000000000000000000000000697)
print(r18)
def g1(n):
    for i in range(n):
        yield i * 3
try:
    print(undefined_name_2)
except Exception as e:
    print(type(e).__name__, e)
del v9
print(sys.getsizeof(v8))
t19 = str(v8)
t20 = id(t19)
del t19
t21 = f"<{v8}>"
print(id(t21) == t20)
v22 = ()
acc12.extend(range(7))
print(sys.getsizeof(o10))
acc12.reverse()
acc1.append(-v8)
o23 = C1(v8 // 7)
o24 = C1(234)
o23.other = o24
o24.other = o23
print(sys.getrefcount(o23), sys.getrefcount(o24))
del o23, o24
print(gc.collect())
t21 = t21 * 3
v25 = acc1 + [v8 * 7]
v26 = str(v8)
print(gc.collect())
