# gen.py 83 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=4):
    acc = [p0]
    for i in range(6):
        acc.append(i)
    return acc
v1 = set()
t2 = {"k0": 6000000000000000000000000000000000000000587}
t3 = id(t2)
del t2
t4 = {142: 60000000000000000000000000000000000000000000235, 49: 900000000000000000000000000943, 271: 183, 206: 1000000000000000000000000000000000000000000000000000000000125, 221: 19470}
print(id(t4) == t3)
print(t4)
v1.add(6)
o5 = C2(123)
o6 = C2(-42227)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
print(len(gc.get_referents(t4)))
x1 = ()
x2 = ()
print(x1 is x2)
r7 = f1(227)
print(r7)
v8 = bytes(1)
del v1
acc9 = []
for i in range(19):
    acc9.append(i * 1000)
print(len(acc9), acc9[-3:])
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
v10 = (14, 100.0, 0.0, "-".join(str(e) for e in acc9), 3.141592653589793)
acc11 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc11.append((i, x))
else:
    acc11.append(None)
print(len(acc11), acc11[-3:])
x1 = "abc"
x2 = "abc"
print(x1 is x2)
del r7
t12 = 1.5
t13 = id(t12)
del t12
t14 = 2.5e-3
print(id(t14) == t13)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r15 = f1(75)
print(r15)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
acc16 = []
i = 0
while i < 15:
    if i % 5 == 0:
        acc16.append(i)
    i += 1
print(len(acc16), acc16[-3:])
t4 = {}
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r17 = f1(56539)
print(r17)
def g1(n):
    for i in range(n):
        yield i * 1
print(len(acc9))
if acc9:
    acc9[0] = "b"
acc18 = []
i = 0
while i < 5:
    if i % 4 == 0:
        acc18.append(i)
    i += 1
print(len(acc18), acc18[-3:])
alias19 = acc9
print(alias19 is acc9, id(alias19) == id(acc9))
o20 = C1(228)
o21 = C1(6755)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
del o20, o21
print(gc.collect())
print(gc.is_tracked(t4))
print(t4.get(7), list(t4.keys())[:3])
if acc18:
    print(acc18.pop())
print(sys.getrefcount(alias19))
try:
    print(undefined_name_2)
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(alias19))
print(sys.getsizeof(t4))
r22 = f1(-34053)
print(r22)
c23 = make_counter1()
print(c23(), c23(1), c23())
print(gc.collect())
