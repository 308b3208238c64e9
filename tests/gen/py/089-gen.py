# gen.py 89 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v3 = C1(206)
acc1.reverse()
acc1.append(400000000000000000000149)
del acc1[:2]
o4 = C1(len(acc1))
o5 = C1(7000000000000000000000000000000000000000000000000000000000482)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
x1 = 257
x2 = 257
print(x1 is x2)
x1 = 257
x2 = 257
print(x1 is x2)
def g1(n):
    for i in range(n):
        yield i * 5
o6 = C1(-21873)
o7 = C1(71940)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
print(sys.getsizeof(v2))
print(len(gc.get_referents(acc1)))
acc8 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
def g2(n):
    for i in range(n):
        yield i * 2
print(sys.getsizeof(v3))
v3 = C1(-50169)
o9 = C1(48)
o10 = C1(7000000000000000000088)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
print(sys.getsizeof(acc1))
acc11 = []
for i in range(8):
    acc11.append(str(i))
print(len(acc11), acc11[-3:])
v12 = 136
acc13 = []
i = 0
while i < 9:
    if i % 5 == 0:
        acc13.append(i)
    i += 1
print(len(acc13), acc13[-3:])
r14 = f1()
print(r14)
print(acc8)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc1.insert(1, 106)
t15 = {68: v12 % 2, 193: -v12, 44: v12 ** 3, 182: len(v2), 198: v12 ** 4, 284: 102, 200: v12 // 1}
t16 = id(t15)
del t15
t17 = {"k0": 71, "k1": -v12, "k2": v12 // -4, "k3": v2[3:7]}
print(id(t17) == t16)
acc8.extend(range(2))
t17 = {i: i * i for i in range(8)}
c18 = make_counter1()
print(c18(), c18(4), c18())
print(sys.getsizeof(acc8))
print(sum(g2(7)), max(g2(3), default=-1))
print(len(gc.get_referents(acc8)))
it19 = g1(4)
print(type(it19).__name__)
print(sys.getsizeof(it19))
for v in it19:
    print(v)
alias20 = acc1
print(alias20 is acc1, id(alias20) == id(acc1))
print(gc.collect())
v21 = set()
print(gc.collect())
print(gc.collect())
