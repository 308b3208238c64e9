# gen.py 170 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = {68, 58, 10, 61, 39}
v2 = "xxxxxxxxxxxxxxxxxxxxxx"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v2)
r3 = f1(20000000000000000000000000000000000000593, 2)
print(r3)
v1.discard(4)
v1.add(21)
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
x1 = 256
x2 = 256
print(x1 is x2)
v1.add(10)
print(len(v1))
v4 = 10000000000000000000000000000000000000000000000731
alias5 = v4
print(alias5 is v4, id(alias5) == id(v4))
v6 = (v4 // -4, -v4, "UPPER", repr(v4), float(v4), "hello")
print(sys.getsizeof(v4))
v1.discard(48)
v7 = 100.0
print(8 in v1)
print(4 in v1)
print(7 in v1)
print(type(v2).__name__)
print(sys.getsizeof(v4))
v8 = set()
print(gc.is_tracked(alias5))
v9 = v2 * 2
v4 = len(v2)
print(len(v8))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sorted(v8))
v10 = [v4 + -11147, alias5 + -19537]
r11 = f1(alias5 // 7, v4 % 5)
print(r11)
v12 = [v4 // 7, v2[2:4], 100.0, 1e10]
v13 = v8 - v1
o14 = C2(alias5 * -2)
o15 = C2(-v4)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
v2 = str(alias5)
v16 = (v4 / 2, v7 * 1e10, "  pad  ", len(v6), 0.0, v2.replace("l", "L"))
acc17 = []
for i in range(19):
    acc17.append(i * 1000)
print(len(acc17), acc17[-3:])
v1.discard(30)
print(gc.collect())
