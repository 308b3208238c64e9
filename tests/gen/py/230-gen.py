# gen.py 230 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    return acc
def g1(n):
    for i in range(n):
        yield i * 4
acc1 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc1.append((i, x))
else:
    acc1.append(None)
print(len(acc1), acc1[-3:])
v2 = {76: -88189, 69: 7000000000000000000000000000000000000000000000000000463, 126: 4, 13: 90000000000000000000000000000000000230, 107: -15781, 208: -375, 123: 212}
print(acc1)
t3 = dict(k0=197, k1=1000000000000000000000000000000000000549, k2=len(v2))
t4 = id(t3)
del t3
t5 = {}
print(id(t5) == t4)
o6 = C1(34668)
o7 = C1(80000000000000000000000000000000871)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
v8 = "Hello World"
alias9 = acc1
print(alias9 is acc1, id(alias9) == id(acc1))
try:
    print(undefined_name_6)
except Exception as e:
    print(type(e).__name__, e)
print(len(acc1))
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(t5))
print(sum(g1(8)), max(g1(3), default=-1))
acc1.insert(-1, 47)
acc1.insert(-1, 626254861)
print(type(v2).__name__)
v10 = {i: i * i for i in range(1)}
v11 = 1.5
acc12 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
it13 = g1(4)
print(type(it13).__name__)
print(sys.getsizeof(it13))
for v in it13:
    print(v)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r14 = f1()
print(r14)
acc12.insert(0, 40000000000000000000000000000000000000000000000000000325)
v15 = -26997
v10[2] = alias9 * 2
print(sum(g1(6)), max(g1(1), default=-1))
print(type(v2).__name__)
acc16 = []
i = 0
while i < 2:
    if i % 3 == 0:
        acc16.append(i)
    i += 1
print(len(acc16), acc16[-3:])
v17 = C1(v15 ** 3)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(t5))
acc18 = []
for i in range(4):
    acc18.append((i, i))
print(len(acc18), acc18[-3:])
print(v15 is v15 + 0, v15 == v15 + 0)
print(sys.getsizeof(v10))
x1 = 1000
x2 = 1000
print(x1 is x2)
r19 = f1()
print(r19)
v15 = v15 % 2
t20 = tuple(acc18)
t21 = id(t20)
del t20
t22 = tuple(acc12)
print(id(t22) == t21)
v23 = ""
print(len(v10))
print(gc.collect())
