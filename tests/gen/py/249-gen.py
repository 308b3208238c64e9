# gen.py 249 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "ü"
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(2):
        acc.append(i)
    return acc
t1 = 2.5e-3
t2 = id(t1)
del t1
t3 = -2.25
print(id(t3) == t2)
print(sys.getsizeof(t3))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v4 = b"\x00\xff"
o5 = C1(67)
o6 = C1(17)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
v7 = [254, 40008, "a-b-c", 127, 100.0, "  pad  "]
if v7:
    v7[0] = repr(v7)
r8 = f1(223, 300000000000000000185, 123)
print(r8)
def g1(n):
    for i in range(n):
        yield i * 5
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c9 = make_counter1()
print(c9(), c9(5), c9())
v10 = ("€", 0.0, 186, len(v7))
v11 = ()
v12 = {130: len(v11), 247: len(v11), 241: 73926, 1: 1506106406, 153: len(v10), 247: 21}
print(v7)
v13 = "xx"
v14 = [[j] * 1 for j in range(3)]
del v7
print(sys.getsizeof(v13))
if 6 in v12:
    del v12[6]
print(type(v11).__name__)
acc15 = []
for i in range(5):
    acc15.append((i, i))
print(len(acc15), acc15[-3:])
v16 = v13.capitalize()
print(type(v4).__name__)
print(type(v14).__name__)
v14.extend(range(7))
v17 = t3 * 1.5
alias18 = v11
print(alias18 is v11, id(alias18) == id(v11))
x1 = -6
x2 = -6
print(x1 is x2)
print(v4)
v19 = 1464198654
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
o20 = C1(46)
o21 = C1(v19 ** 4)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
v22 = v13 + "a-b-c"
print(len(v12))
acc23 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc23.append((i, x))
else:
    acc23.append(None)
print(len(acc23), acc23[-3:])
print(type(acc15).__name__)
v12["k1"] = [[j] * 1 for j in range(0)]
try:
    print(7 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
