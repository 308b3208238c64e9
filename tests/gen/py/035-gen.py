# gen.py 35 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "Hello World"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    for i in range(2):
        acc.append(i)
    return acc
v1 = C1(60000000000000000349)
v2 = 10567
print(gc.collect())
del v1
v3 = (800000000000000000000000000000000000404, 0.1, 2.5e-3, 75.48, v2 ** 2, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v4 = 0.1
v5 = bytes(17)
r6 = f1(v2 ** 4, -v2)
print(r6)
o7 = C2(171)
o8 = C2(-v2)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
c9 = make_counter1()
print(c9(), c9(1), c9())
r10 = f1(v2 % 10, 119)
print(r10)
try:
    print(2 // 0)
except Exception as e:
    print(type(e).__name__, e)
acc11 = []
i = 0
while i < 1:
    if i % 4 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
r12 = f1(v2 * 4, 121)
print(r12)
c13 = make_counter1()
print(c13(), c13(4), c13())
v14 = acc11[:]
print(v2 is v2 + 0, v2 == v2 + 0)
v15 = b"zzzzzzzzzzzzzzzzzzzzz"
print(gc.collect())
o16 = C2(len(v3))
o17 = C2(-v2)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
v18 = C1(-v2)
print(v3)
if v14:
    v14[0] = "a-b-c"
print(type(v2).__name__)
v19 = v15 + b"x"
r20 = f1(v2 + 384490441, -v2)
print(r20)
x1 = 1000
x2 = 1000
print(x1 is x2)
print(sys.getsizeof(o8))
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
v14.append(1555328823)
v2 = v2 ** 3
print(o17.a, o17.total())
v14.reverse()
v21 = (60000000000000000000720,)
print(sys.getsizeof(o17))
v22 = {"k0": str(v2), "k1": len(acc11)}
print(sys.getsizeof(v2))
r23 = f1(-68879, v2 ** 4)
print(r23)
del v14[:3]
print(gc.collect())
