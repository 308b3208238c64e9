# gen.py 239 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0):
    acc = [p0]
    return acc
v1 = {"k0": "Hello World", "k1": 54, "k2": -48759, "k3": 800000000000000000000346, "k4": "spam eggs", "k5": 94689, "k6": 548686119}
def g1(n):
    for i in range(n):
        yield i * 3
del v1
r2 = f1(248)
print(r2)
v3 = (-20225,)
v4 = {i % 8 for i in range(2)}
acc5 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc5.append((i, x))
else:
    acc5.append(None)
print(len(acc5), acc5[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v4.add(14)
print(gc.is_tracked(acc5))
v4.add(23)
v6 = b"\x00\xff"
v4.discard(29)
v7 = {i: i * i for i in range(9)}
print(sys.getsizeof(v4))
t8 = [117, 90000000000000000000000000000000660, -11592, 40, -79252]
t9 = id(t8)
del t8
t10 = [300000000000000000000000000000000000000000000000000347]
print(id(t10) == t9)
o11 = C1(227)
o12 = C1(16371)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del v3
print(sorted(v4))
alias13 = o11
print(alias13 is o11, id(alias13) == id(o11))
v14 = 1.5
del v7
v15 = {"k0": str(v14), "k1": "UPPER", "k2": 121, "k3": 199, "k4": 128}
r16 = f1(2000000000000000000000000000000000000000000765)
print(r16)
o17 = C1(5000000000000000000000000000000000963)
o18 = C1(len(t10))
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
v4.discard(8)
acc19 = []
for i in range(4):
    acc19.append(i)
print(len(acc19), acc19[-3:])
del v15
r20 = f1(84)
print(r20)
print(sys.getsizeof(acc5))
print(sys.getsizeof(o12))
t21 = (repr(v14), 77, "€", "")
t22 = id(t21)
del t21
t23 = ()
print(id(t23) == t22)
del acc19[:0]
acc24 = []
for i in range(21):
    acc24.append(i * 1000)
print(len(acc24), acc24[-3:])
v25 = C1(1212298713)
v26 = len(acc24)
del t10
print(type(v14).__name__)
print(gc.collect())
