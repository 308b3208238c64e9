# gen.py 49 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1():
    acc = []
    for i in range(6):
        acc.append(i)
    return acc
v1 = C1(400000000000000000000000000000000000000000000000000000292)
v2 = 44
v3 = {}
o4 = C1(885873799)
o5 = C1(len(v3))
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
print(sys.getsizeof(v2))
o6 = C1(v2 ** 4)
o7 = C1(0)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
v8 = ()
try:
    print(1 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(v3.get(12), list(v3.keys())[:3])
print(type(v8).__name__)
print(len(v8))
v9 = 1.5
o10 = C1(v2 % 97)
o11 = C1(40336648)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
v3["k4"] = v2 ** 2
print(sys.getsizeof(o11))
try:
    print(undefined_name_8)
except Exception as e:
    print(type(e).__name__, e)
v12 = C1(v2 // 7)
print(sys.getsizeof(v2))
o13 = C1(9000000000000000000000000000000008)
o14 = C1(v2 + -10459)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
alias15 = o11
print(alias15 is o11, id(alias15) == id(o11))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v2))
print(sys.getsizeof(v1))
print(type(o11).__name__)
print(type(v8).__name__)
print(sys.getsizeof(v9))
print(v1.a, v1.total())
acc16 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc16.append((i, x))
else:
    acc16.append(None)
print(len(acc16), acc16[-3:])
v17 = set()
print(type(v9).__name__)
del alias15
def g1(n):
    for i in range(n):
        yield i * 3
v17.add(19)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v3 = {i: i * i for i in range(0)}
v18 = set(range(7))
print(gc.collect())
