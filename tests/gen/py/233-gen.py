# gen.py 233 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "line\n"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
try:
    print(undefined_name_0)
except Exception as e:
    print(type(e).__name__, e)
v1 = [241, 39, 90000000000000000000000000000000000000000000000000000000153]
try:
    print(5 // 0)
except Exception as e:
    print(type(e).__name__, e)
acc2 = []
i = 0
while i < 1:
    if i % 3 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
v3 = 2.5e-3
v4 = C1(36)
v5 = {72}
v5.add(4)
del v3
v1.reverse()
r6 = f1()
print(r6)
print(type(acc2).__name__)
del r6
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v7 = set()
print(gc.collect())
v8 = {"k0": "tab\t", "k1": 200000000000000000180}
acc9 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
v10 = ()
v5.discard(42)
print(sys.getrefcount(acc9))
v11 = set()
print(sorted(v7))
o12 = C1(-51994)
o13 = C1(47)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 1
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
c14 = make_counter1()
print(c14(), c14(4), c14())
o15 = C1(80000000000000000000000000000000000000000000000000806)
o16 = C1(50)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
print(sys.getrefcount(acc2))
t17 = 0.1
t18 = id(t17)
del t17
t19 = 2.5e-3
print(id(t19) == t18)
t20 = [-27157, 90000000000000000000000000000000000000000000000000000582, 133, 1556980193, len(v10), 100000000000000000000000000000000612, 1548636803, 7665, 223]
t21 = id(t20)
del t20
t22 = [i * 2 for i in range(2)]
print(id(t22) == t21)
v23 = C1(len(v1))
print(v8.pop(6, None))
v24 = 40000000000000000411
print(v24 is v24 + 0, v24 == v24 + 0)
print(gc.collect())
