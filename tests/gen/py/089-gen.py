# gen.py 89 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1():
    acc = []
    acc = tuple(acc)
    return acc
acc1 = []
for i in range(10):
    acc1.append([i])
print(len(acc1), acc1[-3:])
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
v2 = "€"
v3 = {191: 202}
acc1.append(400000000000000000000149)
del acc1[:2]
o4 = C1(len(v3))
o5 = C1(80000000000000000000000000000000000000000769)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
print(v3.pop(8, None))
t6 = "-".join(str(e) for e in acc1)
t7 = id(t6)
del t6
t8 = repr(acc1)
print(id(t8) == t7)
acc1.insert(-1, len(v3))
print(len(gc.get_referents(acc1)))
acc9 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
def g1(n):
    for i in range(n):
        yield i * 1
print(sum(g1(4)), max(g1(3), default=-1))
v10 = 124
it11 = g1(5)
print(type(it11).__name__)
print(sys.getsizeof(it11))
for v in it11:
    print(v)
v12 = set(range(18))
print(v10 is v10 + 0, v10 == v10 + 0)
v2 = "spam eggs"
v13 = -v10
print(sys.getsizeof(acc9))
r14 = f1()
print(r14)
print(acc9)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc1.insert(1, 106)
t15 = tuple(acc9)
t16 = id(t15)
del t15
t17 = tuple(acc1)
print(id(t17) == t16)
acc18 = []
i = 0
while i < 18:
    if i % 4 == 0:
        acc18.append(i)
    i += 1
print(len(acc18), acc18[-3:])
v3 = dict()
v12 = {64, 85, 100, 1, 90, 21, 50, 20}
print(sum(g1(8)), max(g1(1), default=-1))
v19 = f"<{v10}>"
c20 = make_counter1()
print(c20(), c20(5), c20())
print(sys.getsizeof(o5))
acc21 = []
i = 0
while i < 20:
    if i % 5 == 0:
        acc21.append(i)
    i += 1
print(len(acc21), acc21[-3:])
print(type(o4).__name__)
v3 = {i: i * i for i in range(8)}
c22 = make_counter1()
print(c22(), c22(4), c22())
print(type(t17).__name__)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(gc.collect())
