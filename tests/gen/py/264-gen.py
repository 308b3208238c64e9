# gen.py 264 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "snake_case"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
o1 = C2(27988)
o2 = C2(-1401)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = 512.44
print(sys.getsizeof(v3))
o4 = C2(-7756)
o5 = C2(201)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
v6 = C1(151)
try:
    print([1, 2, 3][7])
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(v6))
print(type(v3).__name__)
v7 = 1000000000000000000000000000000042
print(type(v7).__name__)
v7 = -10575
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v8 = b"\x00\xff"
v7 = 1138618402
del v3
v9 = (float(v7), 2047175696, 2.5e-3, "xxxxxxxx", 679979325, v7 % 5)
v10 = {i: i * i for i in range(10)}
v10[3] = "snake_case"
acc11 = []
i = 0
while i < 4:
    if i % 2 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
acc12 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
v13 = {i % 9 for i in range(4)}
v7 = 46
v14 = dict(k0=v7 % 10)
print(gc.is_tracked(v14))
o15 = C2(v7 ** 2)
o16 = C2(-v7)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
o17 = C2(v7 * 6)
o18 = C2(-14115)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del acc11[:1]
print(v14.pop("k0", None))
t19 = (v7 % 97, "Hello World", -2.25)
t20 = id(t19)
del t19
t21 = (500000000000000000000195,)
print(id(t21) == t20)
v22 = f"<{v7}>"
del acc12
v23 = (6409, 400000000000000000000000528, v22.replace("l", "L"), 0.1)
c24 = make_counter1()
print(c24(), c24(1), c24())
acc25 = []
i = 0
while i < 19:
    if i % 2 == 0:
        acc25.append(i)
    i += 1
print(len(acc25), acc25[-3:])
print(gc.collect())
acc25.append(-v7)
v14 = {49: -v7, 260: 996150695, 285: 1, -15: -v7}
print(gc.collect())
