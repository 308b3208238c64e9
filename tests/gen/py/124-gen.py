# gen.py 124 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "snake_case"
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
    for i in range(4):
        acc.append(i)
    return acc
o1 = C2(106)
o2 = C2(41682)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 3
x1 = ()
x2 = ()
print(x1 is x2)
v3 = b"zzzzzzzzzzzzzz"
v4 = bytes(17)
print(sys.getsizeof(v3))
alias5 = v4
print(alias5 is v4, id(alias5) == id(v4))
print(sum(x * x for x in range(29)))
v6 = "a"
v7 = [800000000000000000000593, 235, 89867, 155, -62140, 900000000000000000000000000000000000376, 237388988, len(v6), 195]
o8 = C1(31)
o9 = C1(12)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
try:
    print([1, 2, 3][7])
except Exception as e:
    print(type(e).__name__, e)
print(type(v3).__name__)
print(v4)
acc10 = []
i = 0
while i < 15:
    if i % 2 == 0:
        acc10.append(i)
    i += 1
print(len(acc10), acc10[-3:])
def g2(n):
    for i in range(n):
        yield i * 1
r11 = f1(214, 179)
print(r11)
print(sys.getsizeof(alias5))
acc12 = []
for i in range(25):
    acc12.append((i, i))
print(len(acc12), acc12[-3:])
v13 = {25, 38, 51, 60, 12, 60}
v7.append("snake_case")
print(type(v13).__name__)
v14 = C1(79677)
v7.reverse()
r15 = f1(len(acc10), len(acc12))
print(r15)
v16 = 1.5
print(sys.getrefcount(acc12))
acc17 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc17.append((i, x))
else:
    acc17.append(None)
print(len(acc17), acc17[-3:])
acc17.insert(1, 40000000000000000000000000000000000000000000000000000000683)
v18 = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
print(type(v18).__name__)
v19 = v6.replace("l", "L")
acc10.append(v19 + "xxxxxxxxxxxxxxxxxxxxxxxxx")
x1 = "abc"
x2 = "abc"
print(x1 is x2)
v20 = v18 * 4
alias21 = v7
print(alias21 is v7, id(alias21) == id(v7))
v22 = {}
print(gc.collect())
