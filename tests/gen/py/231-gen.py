# gen.py 231 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "snake_case"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=9):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
acc1 = []
i = 0
while i < 14:
    if i % 4 == 0:
        acc1.append(i)
    i += 1
print(len(acc1), acc1[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc2 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc2.append((i, x))
else:
    acc2.append(None)
print(len(acc2), acc2[-3:])
print(len(acc2))
print(acc2)
v3 = set(range(20))
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
alias4 = acc1
print(alias4 is acc1, id(alias4) == id(acc1))
c5 = make_counter1()
print(c5(), c5(1), c5())
print(alias4)
print(0 in v3)
x1 = ()
x2 = ()
print(x1 is x2)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def g1(n):
    for i in range(n):
        yield i * 2
acc6 = []
for i in range(15):
    acc6.append({i: i})
print(len(acc6), acc6[-3:])
if acc6:
    print(acc6.pop())
print(len(acc1))
print(sum(x * x for x in range(0)))
v7 = set(range(1))
acc1.extend(range(7))
v8 = [8000000000000000000311, 5000000000000000000120, 120, 9000000000000000000000000000000000000000000000000000000000328, 52324]
print(acc6)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(sum(x * x for x in range(13)))
r9 = f1(55517)
print(r9)
print(sys.getrefcount(acc6))
v10 = 866.19
def g2(n):
    for i in range(n):
        yield i * 5
v10 = v10 * -2.25
acc11 = []
i = 0
while i < 13:
    if i % 3 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
v12 = 100.0
del v3
t13 = ["ü", 0.1, 2.5e-3, 30]
t14 = id(t13)
del t13
t15 = acc6[:]
print(id(t15) == t14)
print(gc.is_tracked(acc6))
v7.add(34)
try:
    print(undefined_name_7)
except Exception as e:
    print(type(e).__name__, e)
o16 = C1(-1)
o17 = C1(16651)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
print(v12)
alias18 = v8
print(alias18 is v8, id(alias18) == id(v8))
v19 = C1(43)
print(gc.collect())
