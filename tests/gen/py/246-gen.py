# gen.py 246 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
try:
    print(4 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
r1 = f1(10)
print(r1)
v2 = [i * 8 for i in range(0)]
t3 = -2.25
t4 = id(t3)
del t3
t5 = 2.5e-3
print(id(t5) == t4)
print(type(v2).__name__)
acc6 = []
for i in range(1):
    acc6.append((i, i))
print(len(acc6), acc6[-3:])
print(gc.is_tracked(t5))
acc7 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
r8 = f1(1660314052)
print(r8)
alias9 = v2
print(alias9 is v2, id(alias9) == id(v2))
print(sys.getrefcount(acc6))
if acc6:
    print(acc6.pop())
print(gc.is_tracked(v2))
acc7.append(str(t5))
v10 = bytes(6)
alias9.append(-87363)
v11 = {"k0": 3000000000000000000000000000000000000000000000018, "k1": "a", "k2": len(acc7), "k3": 80109, "k4": len(acc7), "k5": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}
t12 = 100.0
t13 = id(t12)
del t12
t14 = 0.0
print(id(t14) == t13)
v15 = tuple(acc6)
alias16 = v2
print(alias16 is v2, id(alias16) == id(v2))
try:
    print(2 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 2
o17 = C1(-6545)
o18 = C1(84205)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(t14))
print(sys.getsizeof(t5))
print(sum(g1(2)), max(g1(2), default=-1))
acc19 = []
i = 0
while i < 10:
    if i % 4 == 0:
        acc19.append(i)
    i += 1
print(len(acc19), acc19[-3:])
c20 = make_counter1()
print(c20(), c20(2), c20())
v21 = C1(6000000000000000000818)
print(len(gc.get_referents(o17)))
v22 = "  pad  "
acc6.reverse()
print(len(v22))
v23 = v22.swapcase()
v24 = dict(k0=87, k1=800000000000000000000000000000000000000000762, k2=-3677)
acc25 = []
i = 0
while i < 3:
    if i % 5 == 0:
        acc25.append(i)
    i += 1
print(len(acc25), acc25[-3:])
print(gc.collect())
