# gen.py 17 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "abc123"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1():
    acc = []
    acc = tuple(acc)
    return acc
v1 = {76, 82, 87, 46, 12, 65}
print(sys.getrefcount(v1))
t2 = "abc123"
t3 = id(t2)
del t2
t4 = "tab\t"
print(id(t4) == t3)
del v1
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc5 = []
i = 0
while i < 16:
    if i % 2 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
acc6 = []
for i, x in enumerate("abcdef"):
    if i > 5:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
acc5.insert(0, 31576)
t7 = t4 + "b"
t8 = id(t7)
del t7
t9 = "a-b-c"
print(id(t9) == t8)
if acc5:
    print(acc5.pop())
v10 = (-2775,)
del t4
print(len(t9))
v11 = b"zzzzzzzzzzzzzzzzzzzzz"
v12 = {i % 7 for i in range(5)}
print(sys.getrefcount(acc6))
v13 = [209, -33095, 38, 110, 75751]
v14 = b"zzzzzzzzz"
def g1(n):
    for i in range(n):
        yield i * 4
v15 = bytes(15)
print(sys.getsizeof(v12))
v16 = C2(76093)
t17 = tuple(acc5)
t18 = id(t17)
del t17
t19 = (100.0, 767732383, t9.replace("l", "L"), 0.0, t9.upper())
print(id(t19) == t18)
r20 = f1()
print(r20)
acc6.append(repr(acc5))
v21 = v15[1:]
v22 = 400000000000000000000000000000000000000000000000000000000030
v23 = {19}
print(len(v11))
print(13 in v23)
if acc5:
    acc5[0] = t9 * 0
it24 = g1(3)
print(type(it24).__name__)
print(sys.getsizeof(it24))
for v in it24:
    print(v)
v25 = dict(k0=len(v10))
print(sys.getrefcount(acc6))
acc26 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc26.append((i, x))
else:
    acc26.append(None)
print(len(acc26), acc26[-3:])
acc6.extend(range(8))
print(sys.getsizeof(t9))
r27 = f1()
print(r27)
t28 = {"k0": t9 * 4, "k1": v22 // 2, "k2": repr(v10), "k3": t9.replace("l", "L"), "k4": v22 + 166, "k5": "-".join(str(e) for e in t19), "k6": t9.upper()}
t29 = id(t28)
del t28
t30 = {i: i * i for i in range(4)}
print(id(t30) == t29)
print(gc.collect())
