# gen.py 147 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "€"
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
acc1 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc1.append((i, x))
else:
    acc1.append(None)
print(len(acc1), acc1[-3:])
del acc1[:3]
if acc1:
    print(acc1.pop())
def g1(n):
    for i in range(n):
        yield i * 5
print(type(acc1).__name__)
v2 = C1(148)
print(type(acc1).__name__)
print(sys.getsizeof(v2))
del acc1
alias3 = v2
print(alias3 is v2, id(alias3) == id(v2))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v2))
o4 = C1(1612842968)
o5 = C1(5796)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
print(gc.is_tracked(v2))
v6 = C1(9000000000000000000000000000000000000000477)
v7 = 700000000000000000000366
print(sys.getsizeof(alias3))
t8 = "abc123"
t9 = id(t8)
del t8
t10 = ""
print(id(t10) == t9)
v11 = "xxxxxxxxxxxxxxxxx"
v7 = 65
r12 = f1(len(t10))
print(r12)
print(v11)
v13 = (100.0, v7 * 3, float(v7), v7 ** 5)
print(sys.getsizeof(o5))
print(t10)
print(list(g1(3)))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
o4 = C1(80000000000000000000000000000000000000000000000000903)
o14 = C1(v7 % 97)
o15 = C1(v7 // 1)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
acc16 = []
for i, x in enumerate([3, 1, 2]):
    if i > 2:
        break
    acc16.append((i, x))
else:
    acc16.append(None)
print(len(acc16), acc16[-3:])
print(sys.getsizeof(o5))
t17 = (2.5e-3, "-".join(str(e) for e in v13), 22, "snake_case", len(t10), v11 + "a")
t18 = id(t17)
del t17
t19 = (-v7, "-".join(str(e) for e in acc16))
print(id(t19) == t18)
print(sys.getrefcount(v6))
acc16.reverse()
acc20 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc20.append((i, x))
else:
    acc20.append(None)
print(len(acc20), acc20[-3:])
print(list(g1(6)))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc20.insert(0, v7 * -2)
print(gc.collect())
