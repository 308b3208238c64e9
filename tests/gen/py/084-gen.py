# gen.py 84 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "spam eggs"
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
    acc = {str(i): i for i in acc}
    return acc
v1 = {222: 1000000000000000000000000047, 235: 70478}
print(type(v1).__name__)
print(len(v1))
v2 = 100.0
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 2
t3 = (repr(v1), "", str(v2), -69358)
t4 = id(t3)
del t3
t5 = (f"<{v2}>", "a-b-c", 3.141592653589793, 2.5e-3, 0.0, "café")
print(id(t5) == t4)
print(sys.getsizeof(t5))
print(type(v2).__name__)
r6 = f1(34, 62)
print(r6)
print(sys.getsizeof(v2))
print(gc.is_tracked(v2))
v7 = 213
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(len(t5))
v8 = b""
v9 = {296: -58669, 250: v7 * 2, 138: len(t5), 93: v7 // 7, 221: -71126}
v9.update({11: 0})
v10 = v7 * -2
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(gc.is_tracked(v8))
x1 = 1000
x2 = 1000
print(x1 is x2)
print(sum(x * x for x in range(30)))
print(len(gc.get_referents(t5)))
v9[1] = [-v10, v10 * 5, 14687, len(v9), v7 % 10]
v10 = -v7
r11 = f1(len(v1), v10 ** 5)
print(r11)
acc12 = []
i = 0
while i < 1:
    if i % 5 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
acc12.append("café")
del v2
print(v7 is v7 + 0, v7 == v7 + 0)
del t5
print(sys.getsizeof(acc12))
v13 = float(v10)
o14 = C1(v10 + 64210)
o15 = C1(-v10)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
print(len(gc.get_referents(v1)))
acc16 = []
for i, x in enumerate("abcdef"):
    if i > 1:
        break
    acc16.append((i, x))
else:
    acc16.append(None)
print(len(acc16), acc16[-3:])
print(gc.collect())
