# gen.py 230 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v10 = C1(44)
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
if alias9:
    print(alias9.pop())
v15 = bytes(18)
o16 = C1(-26997)
o17 = C1(77440)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
print(sys.getrefcount(acc12))
acc18 = []
i = 0
while i < 8:
    if i % 4 == 0:
        acc18.append(i)
    i += 1
print(len(acc18), acc18[-3:])
print(sum(g1(6)), max(g1(1), default=-1))
print(type(v2).__name__)
acc19 = []
i = 0
while i < 2:
    if i % 3 == 0:
        acc19.append(i)
    i += 1
print(len(acc19), acc19[-3:])
v20 = v15[1:]
print(gc.is_tracked(v20))
print(type(v15).__name__)
print(sys.getsizeof(v15))
v8 = repr(t5)
print(len(gc.get_referents(acc1)))
r21 = f1()
print(r21)
v22 = len(v8)
print(v15)
t23 = tuple(acc19)
t24 = id(t23)
del t23
t25 = tuple(acc12)
print(id(t25) == t24)
print(gc.collect())
