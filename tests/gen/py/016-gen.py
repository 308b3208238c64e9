# gen.py 16 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "UPPER"
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
def f1(p0, p1=3):
    acc = [p0, p1]
    for i in range(2):
        acc.append(i)
    return acc
v1 = "abc123"
print(v1)
v2 = 500000000000000000000000000000801
print(v2)
v3 = b"a"
print(v3)
print(v1)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
v4 = (20000000000000000000000000716,)
v5 = v3 + b"x"
v6 = b""
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v7 = v2 ** 4
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c8 = make_counter1()
print(c8(), c8(4), c8())
v9 = 248.1
v2 = v7 // 3
print(v4)
v10 = "-".join(str(e) for e in v4)
r11 = f1(v7 + 10, v2 ** 4)
print(r11)
print(v2 is v2 + 0, v2 == v2 + 0)
v12 = set(range(9))
acc13 = []
i = 0
while i < 4:
    if i % 3 == 0:
        acc13.append(i)
    i += 1
print(len(acc13), acc13[-3:])
v14 = "-".join(str(e) for e in v4)
del acc13[:1]
acc15 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc15.append((i, x))
else:
    acc15.append(None)
print(len(acc15), acc15[-3:])
del v6
print(len(gc.get_referents(v4)))
v4 = tuple(acc15)
t16 = "a"
t17 = id(t16)
del t16
t18 = v10 * 3
print(id(t18) == t17)
v19 = C2(v2 * 2)
v12.add(12)
r20 = f1(v2 + 165, v7 % 2)
print(r20)
print(v14)
acc15.append(v2 % 10)
alias21 = acc13
print(alias21 is acc13, id(alias21) == id(acc13))
o22 = C1(-18176)
o23 = C1(v2 * 0)
o22.other = o23
o23.other = o22
print(sys.getrefcount(o22), sys.getrefcount(o23))
del o22, o23
print(gc.collect())
acc15.reverse()
def g1(n):
    for i in range(n):
        yield i * 1
print(gc.collect())
