# gen.py 188 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    acc = tuple(acc)
    return acc
v1 = ("hello", 8000000000000000000000000000000000000000000000352, -5481, "中文")
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
print(type(v1).__name__)
t2 = (977525538,)
t3 = id(t2)
del t2
t4 = ("ü", 741.59, 0.0, 0.0, -2.25)
print(id(t4) == t3)
v5 = 0.0
acc6 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
print(gc.is_tracked(v5))
del v1
v7 = {287: -57519, 244: 174, 78: 17, 43: len(acc6), 139: 52794372, 134: 14957}
v8 = v5 * 0.0
t4 = (v5 * 307.47, -95823, "spam eggs")
v7[11] = "  pad  "
print(gc.is_tracked(v5))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
x1 = 256
x2 = 256
print(x1 is x2)
print(sys.getsizeof(t4))
acc6.insert(-1, 90494)
alias9 = v7
print(alias9 is v7, id(alias9) == id(v7))
acc10 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc10.append((i, x))
else:
    acc10.append(None)
print(len(acc10), acc10[-3:])
alias9.update({4: 9})
x1 = 256
x2 = 256
print(x1 is x2)
print(len(t4))
def g1(n):
    for i in range(n):
        yield i * 4
x1 = 1000
x2 = 1000
print(x1 is x2)
x1 = "abc"
x2 = "abc"
print(x1 is x2)
v11 = 97239
print(v11 is v11 + 0, v11 == v11 + 0)
v12 = "snake_case"
o13 = C1(v11 % 10)
o14 = C1(v11 // 1)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
print(sys.getrefcount(v7))
c15 = make_counter1()
print(c15(), c15(8), c15())
print(len(gc.get_referents(t4)))
acc6.append(-3131)
print(v11 is v11 + 0, v11 == v11 + 0)
c16 = make_counter1()
print(c16(), c16(4), c16())
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
if acc10:
    acc10[0] = "ü"
acc10.insert(2, v11 + 149290024)
print(gc.collect())
