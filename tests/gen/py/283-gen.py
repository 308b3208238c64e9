# gen.py 283 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    return acc
def g1(n):
    for i in range(n):
        yield i * 4
acc1 = []
for i, x in enumerate([3, 1, 2]):
    if i > 1:
        break
    acc1.append((i, x))
else:
    acc1.append(None)
print(len(acc1), acc1[-3:])
v2 = "spam eggs"
acc1.extend(range(2))
acc1.extend(range(1))
del acc1
v3 = {260: 40000000000000000000000000000000000000000000000000037, 152: len(v2)}
o4 = C1(177)
o5 = C1(80)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
if "k6" in v3:
    del v3["k6"]
print(list(g1(8)))
v6 = repr(v3)
v7 = [73398, 146, 2998, len(v2)]
v3.update({"k6": 0})
v8 = "b"
v9 = {i % 5 for i in range(0)}
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del v3
v10 = -2.25
print(sum(x * x for x in range(20)))
del v6
v9.add(33)
v11 = ()
print(sys.getsizeof(v10))
x1 = 256
x2 = 256
print(x1 is x2)
print(list(g1(3)))
print(sys.getsizeof(v7))
print(gc.is_tracked(v11))
print(v8)
r12 = f1(len(v7), 96357)
print(r12)
v8 = f"<{v10}>"
acc13 = []
i = 0
while i < 4:
    if i % 4 == 0:
        acc13.append(i)
    i += 1
print(len(acc13), acc13[-3:])
v14 = set(range(2))
acc13.extend(range(4))
v15 = "-".join(str(e) for e in acc13)
del v15
try:
    print(undefined_name_6)
except Exception as e:
    print(type(e).__name__, e)
v16 = v14 & v14
print(gc.collect())
