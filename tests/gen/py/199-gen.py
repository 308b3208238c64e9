# gen.py 199 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    return acc
v1 = {i % 9 for i in range(7)}
v2 = {"k0": "  pad  ", "k1": 38852, "k2": 900000000000000000000000000000000000000000000000000873}
print(v2)
print(gc.collect())
v3 = C1(23676)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v1 = set()
print(sys.getsizeof(v1))
print(v2.get(0), list(v2.keys())[:3])
v4 = 1151434506
print(sys.getsizeof(v2))
print(11 in v1)
try:
    print(4 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v3))
acc5 = []
i = 0
while i < 7:
    if i % 2 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
v1.add(21)
print(gc.is_tracked(v3))
print(gc.is_tracked(v3))
r6 = f1(v4 + 19648, v4 % 5)
print(r6)
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(acc5))
v7 = "abc123"
v8 = v4 % 97
acc9 = []
i = 0
while i < 3:
    if i % 2 == 0:
        acc9.append(i)
    i += 1
print(len(acc9), acc9[-3:])
acc5.insert(-2, v4 + 66)
v1 = {58, 41, 54, 14, 39}
v1.discard(23)
alias10 = v7
print(alias10 is v7, id(alias10) == id(v7))
print(sys.getsizeof(alias10))
r11 = f1(v4 % 5, 194)
print(r11)
print(len(acc9))
if acc5:
    print(acc5.pop())
del acc5
v1 = set()
del r11
v12 = v4 * -1
v13 = [-v8, -v8, len(v7)]
v14 = 1.5
x1 = -6
x2 = -6
print(x1 is x2)
v15 = (len(acc9),)
print(gc.collect())
