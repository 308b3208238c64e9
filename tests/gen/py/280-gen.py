# gen.py 280 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    acc = tuple(acc)
    return acc
r1 = f1()
print(r1)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o2 = C2(600000000000000000000000000000000000000279)
o3 = C2(60000000000000000753)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
v4 = {i % 6 for i in range(4)}
acc5 = []
for i, x in enumerate(range(5, 12)):
    if i > 2:
        break
    acc5.append((i, x))
else:
    acc5.append(None)
print(len(acc5), acc5[-3:])
acc5.insert(-2, 230)
c6 = make_counter1()
print(c6(), c6(4), c6())
v7 = C2(390578425)
del r1
print(sys.getsizeof(acc5))
o8 = C2(20000000000000000000000000000000362)
o9 = C2(200000000000000000000701)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
print(sys.getrefcount(v7))
v10 = {}
v11 = 1.5
del o8
v10 = {i: i * i for i in range(6)}
v7 = C2(35508)
v12 = {171: 1409352768, 72: 150, -15: 60000000000000000000000000000000000000000899}
v10.update({10: 4})
print(v12.pop(0, None))
v13 = bytes(2)
v14 = 63284
if "k0" in v10:
    del v10["k0"]
print(v13)
acc5.insert(-2, len(v10))
x1 = 256
x2 = 256
print(x1 is x2)
print(type(v14).__name__)
print(gc.is_tracked(v13))
v15 = C2(186)
v16 = C2(-v14)
print(sys.getsizeof(v13))
v17 = (-56764,)
del v12
del v7
del v17
acc18 = []
for i in range(12):
    acc18.append(i)
print(len(acc18), acc18[-3:])
v4.discard(36)
print(gc.collect())
