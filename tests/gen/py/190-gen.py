# gen.py 190 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = 100.0
alias2 = v1
print(alias2 is v1, id(alias2) == id(v1))
try:
    print(7 // 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
print(alias2)
r3 = f1(532915878, 165)
print(r3)
print(sys.getsizeof(v1))
v4 = C1(2018799871)
print(sys.getsizeof(v4))
print(type(alias2).__name__)
print(alias2)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
v5 = [-82187, 188, -85963, 220, 34772, 205, 70000000000000000000000000000000000000000000000000952, -91961]
o6 = C1(-78203)
o7 = C1(188)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
r8 = f1(75209, len(v5))
print(r8)
print(sys.getsizeof(v1))
v9 = set()
o10 = C1(17792)
o11 = C1(1367288991)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
try:
    print(8 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(o11))
print(sorted(v9))
del v5[:3]
print(type(o11).__name__)
r12 = f1(722258705, 371859125)
print(r12)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v9.discard(4)
v13 = "UPPER"
alias14 = o11
print(alias14 is o11, id(alias14) == id(o11))
print(sys.getsizeof(v9))
x1 = 257
x2 = 257
print(x1 is x2)
c15 = make_counter1()
print(c15(), c15(3), c15())
v9.discard(17)
print(o10.a, o10.total())
acc16 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc16.append((i, x))
else:
    acc16.append(None)
print(len(acc16), acc16[-3:])
c17 = make_counter1()
print(c17(), c17(3), c17())
print(type(alias14).__name__)
print(gc.collect())
