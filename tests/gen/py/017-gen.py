# gen.py 17 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v11 = C1(201)
print(len(acc6))
v12 = 1e10
acc6.append(154)
print(sys.getsizeof(v12))
del acc5
alias13 = v12
print(alias13 is v12, id(alias13) == id(v12))
def g1(n):
    for i in range(n):
        yield i * 2
print(sys.getsizeof(v12))
print(sys.getrefcount(acc6))
del v12
acc6.extend(range(8))
acc14 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
r15 = f1()
print(r15)
print(sys.getsizeof(v11))
print(sys.getsizeof(v10))
v16 = set(range(10))
print(type(alias13).__name__)
o17 = C2(103)
o18 = C2(len(acc14))
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
print(gc.collect())
alias19 = alias13
print(alias19 is alias13, id(alias19) == id(alias13))
v20 = [[j] * 1 for j in range(4)]
r21 = f1()
print(r21)
print(type(alias13).__name__)
v11 = C2(131)
print(gc.collect())
