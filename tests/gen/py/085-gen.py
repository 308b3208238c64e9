# gen.py 85 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "snake_case"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=5):
    acc = [p0]
    acc = tuple(acc)
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = [1849828619, 32, 8000000000000000000000000000000000000000000000700, 60, 174, 190, 900000000000000000000000000000041, 21189, 207]
print(sys.getsizeof(v1))
t2 = {}
t3 = id(t2)
del t2
t4 = {121: 8000000000000000000000161, 9: len(v1), 83: 172, 176: 300000000000000000000000000989, 45: 1269458813, 169: len(v1), 252: len(v1)}
print(id(t4) == t3)
del v1[:1]
x1 = ()
x2 = ()
print(x1 is x2)
r5 = f1(210)
print(r5)
o6 = C1(len(v1))
o7 = C1(len(t4))
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
print(t4.pop(10, None))
r8 = f1(250)
print(r8)
if v1:
    print(v1.pop())
v9 = [89965251]
v10 = 195
print(v10 is v10 + 0, v10 == v10 + 0)
v11 = ""
v1.extend(range(5))
v12 = ()
print(len(t4))
print(t4)
v1.append(14515)
v13 = [[j] * 0 for j in range(0)]
t4[1] = str(v10)
o14 = C1(-51216)
o15 = C1(-v10)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
print(sys.getsizeof(v10))
if v13:
    print(v13.pop())
o16 = C1(v10 // 3)
o17 = C1(v10 % 10)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
o6 = C1(v10 * -2)
o18 = C1(len(t4))
o19 = C1(len(v13))
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
v20 = 38496
v21 = C1(-v10)
print(sys.getrefcount(v21))
acc22 = []
for i, x in enumerate(range(5, 12)):
    if i > 2:
        break
    acc22.append((i, x))
else:
    acc22.append(None)
print(len(acc22), acc22[-3:])
t4[8] = v20 + 400000000000000000000000000000000000000000000000000521
o23 = C1(len(acc22))
o24 = C1(-v10)
o23.other = o24
o24.other = o23
print(sys.getrefcount(o23), sys.getrefcount(o24))
del o23, o24
print(gc.collect())
v25 = {47, 88, 56, 15, 67, -2, 97}
print(type(v20).__name__)
print(type(v12).__name__)
v26 = dict(k0=len(acc22), k1=len(v11), k2=v10 % 5, k3=v20 * 1, k4=58499)
acc27 = []
for i in range(25):
    acc27.append({i: i})
print(len(acc27), acc27[-3:])
print(gc.collect())
