# gen.py 193 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
class C2:
    kind = ""
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
    acc = tuple(acc)
    return acc
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
x1 = 257
x2 = 257
print(x1 is x2)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
acc1 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc1.append((i, x))
else:
    acc1.append(None)
print(len(acc1), acc1[-3:])
print(len(gc.get_referents(acc1)))
x1 = "abc"
x2 = "abc"
print(x1 is x2)
t2 = {22: 185, 225: 30000000000000000448, -10: 199}
t3 = id(t2)
del t2
t4 = dict(k0=89287, k1=600000000000000000000000000000565, k2=92598, k3=900000000000000000000000000000000000000000152)
print(id(t4) == t3)
v5 = 100.0
v6 = {i % 9 for i in range(22)}
o7 = C1(176)
o8 = C1(300000000000000000000000000000000000000000886)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
del o7, o8
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 4
alias9 = acc1
print(alias9 is acc1, id(alias9) == id(acc1))
x1 = ()
x2 = ()
print(x1 is x2)
alias10 = alias9
print(alias10 is alias9, id(alias10) == id(alias9))
r11 = f1(246, len(alias9), 90000000000000000049)
print(r11)
o12 = C2(-32553)
o13 = C2(-8404)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
acc14 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
print(sys.getrefcount(acc14))
t15 = {86: 34250, 70: 10000000000000000000000000485, 43: len(t4), 251: 80, 10: len(acc1), 290: 47}
t16 = id(t15)
del t15
t17 = {271: -69719, 122: -41234, 272: 96598, 98: 87890, 253: 60, 111: 52894}
print(id(t17) == t16)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(type(acc14).__name__)
print(sys.getsizeof(alias9))
del v6
print(len(acc1))
v18 = C1(70000000000000000000000000000000000000000546)
if "k2" in t4:
    del t4["k2"]
print(v18.a, v18.total())
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(t17))
v19 = len(t4)
print(sys.getsizeof(v19))
v20 = "-".join(str(e) for e in alias9)
acc21 = []
for i in range(19):
    acc21.append(i)
print(len(acc21), acc21[-3:])
acc22 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc22.append((i, x))
else:
    acc22.append(None)
print(len(acc22), acc22[-3:])
print(v19 is v19 + 0, v19 == v19 + 0)
print(gc.collect())
