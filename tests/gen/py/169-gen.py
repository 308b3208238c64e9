# gen.py 169 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
class C2:
    kind = "line\n"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    for i in range(1):
        acc.append(i)
    return acc
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
r1 = f1(400000000000000000000000000000000000308)
print(r1)
acc2 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc2.append((i, x))
else:
    acc2.append(None)
print(len(acc2), acc2[-3:])
v3 = b"hello"
print(sys.getsizeof(v3))
print(gc.is_tracked(v3))
print(gc.is_tracked(acc2))
v4 = -96858
print(gc.is_tracked(v4))
acc5 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc5.append((i, x))
else:
    acc5.append(None)
print(len(acc5), acc5[-3:])
v6 = str(v4)
del acc2
alias7 = v6
print(alias7 is v6, id(alias7) == id(v6))
print(len(gc.get_referents(acc5)))
v4 = -47863
r8 = f1(v4 + 126)
print(r8)
r9 = f1(-v4)
print(r9)
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
print(len(gc.get_referents(acc5)))
print(sys.getsizeof(v4))
v10 = (v4 * 2,)
v11 = alias7 + "b"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r12 = f1(v4 * -2)
print(r12)
acc13 = []
i = 0
while i < 14:
    if i % 2 == 0:
        acc13.append(i)
    i += 1
print(len(acc13), acc13[-3:])
acc5.reverse()
print(sys.getsizeof(alias7))
v14 = {23, 79, 85, 42, 59, 41}
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
c15 = make_counter1()
print(c15(), c15(7), c15())
alias16 = v14
print(alias16 is v14, id(alias16) == id(v14))
print(len(gc.get_referents(acc13)))
del acc5[:1]
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
acc17 = []
i = 0
while i < 8:
    if i % 5 == 0:
        acc17.append(i)
    i += 1
print(len(acc17), acc17[-3:])
r18 = f1(v4 * 5)
print(r18)
v19 = {12, 89, 35, 84, 28, 59}
print(sys.getsizeof(v14))
print(gc.collect())
