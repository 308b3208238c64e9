# gen.py 165 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1, p2=3):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
acc1 = []
i = 0
while i < 21:
    if i % 5 == 0:
        acc1.append(i)
    i += 1
print(len(acc1), acc1[-3:])
acc1 = [215, 83096]
o2 = C1(len(acc1))
o3 = C1(25072)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
t4 = 152.89
t5 = id(t4)
del t4
t6 = 100.0
print(id(t6) == t5)
del acc1[:1]
print(sys.getsizeof(acc1))
print(sys.getsizeof(t6))
o7 = C1(87)
o8 = C1(14462)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
print(gc.is_tracked(t6))
v9 = set()
v10 = ()
print(19 in v9)
print(acc1)
print(len(acc1))
v11 = {291: 239, 288: -87068, 47: 98964, 95: 6, 244: 107, 197: 10087}
r12 = f1(48279, 56, 23)
print(r12)
print(type(t6).__name__)
def g1(n):
    for i in range(n):
        yield i * 1
print(sys.getrefcount(v9))
acc13 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
v9.add(44)
r14 = f1(1827009286, 217, 200000000000000000000917)
print(r14)
try:
    print(undefined_name_7)
except Exception as e:
    print(type(e).__name__, e)
del acc13[:2]
acc15 = []
for i in range(5):
    acc15.append((i, i))
print(len(acc15), acc15[-3:])
print(sys.getsizeof(acc1))
if acc13:
    acc13[0] = "Hello World"
print(len(v10))
print(acc13)
print(o7.a, o7.total())
del v9
print(gc.is_tracked(acc13))
acc13.insert(1, 43963)
acc15.reverse()
del acc15[:3]
v11[3] = 1138
v16 = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v17 = "-".join(str(e) for e in acc1)
print(gc.collect())
