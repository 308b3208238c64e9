# gen.py 201 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    return acc
o1 = C1(9000000000000000000000000000000000000000000000000000000485)
o2 = C1(2047749904)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v3 = [34, 900000000000000000000000000000000000000000000000000699]
del v3
x1 = ()
x2 = ()
print(x1 is x2)
v4 = {i % 1 for i in range(13)}
print(type(v4).__name__)
acc5 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc5.append((i, x))
else:
    acc5.append(None)
print(len(acc5), acc5[-3:])
v6 = (1e10, 0.1)
print(sys.getsizeof(v6))
v7 = -2.25
print(sys.getsizeof(v4))
acc5.insert(-2, 247)
r8 = f1(22711, 10000000000000000000000218)
print(r8)
v4.discard(27)
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
v9 = dict(k0=78806, k1=-99410, k2=18586, k3=15)
alias10 = v9
print(alias10 is v9, id(alias10) == id(v9))
v4 = v4 - v4
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v11 = -2.25
x1 = 256
x2 = 256
print(x1 is x2)
acc12 = []
for i in range(0):
    acc12.append({i: i})
print(len(acc12), acc12[-3:])
acc13 = []
for i in range(12):
    acc13.append({i: i})
print(len(acc13), acc13[-3:])
v14 = repr(v6)
acc13 = acc12 * 3
v15 = (40000000000000000000000000000000591, 706.13, "café", v14 + "snake_case", 251)
acc16 = []
for i in range(1):
    acc16.append(i * 1000)
print(len(acc16), acc16[-3:])
o17 = C1(226)
o18 = C1(223)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
print(acc5)
o19 = C1(144)
o20 = C1(800000000000000000000000000000000000658)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
try:
    print(7 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(acc12)
v21 = C1(20000000000000000000000000000000983)
print(v9.pop("k1", None))
print(gc.collect())
