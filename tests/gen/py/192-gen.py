# gen.py 192 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "€"
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
def f1(p0, p1=2):
    acc = [p0, p1]
    return acc
r1 = f1(-88141, 82877)
print(r1)
def g1(n):
    for i in range(n):
        yield i * 2
t2 = {}
t3 = id(t2)
del t2
t4 = {94: 92897, 178: 251, 250: -57645, 266: 214, 48: 90000000000000000000000000000000000000000269, 249: 85, 203: 125}
print(id(t4) == t3)
t5 = -2.25
t6 = id(t5)
del t5
t7 = 100.0
print(id(t7) == t6)
v8 = {25: 40000000000000000000000000000000000420, 192: 750168930, 236: 900000000000000000000000000000000000000000742, 20: len(t4), 228: 75, 199: -81057}
r9 = f1(len(v8), 208)
print(r9)
print(len(v8))
print(v8.get("k3"), list(v8.keys())[:3])
v10 = C2(-50698)
v11 = f"<{t7}>"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v11))
print(gc.is_tracked(v10))
x1 = 2.5
x2 = 2.5
print(x1 is x2)
v12 = v11.split()
del r1
r13 = f1(64, 50)
print(r13)
v12.reverse()
print(gc.is_tracked(v12))
x1 = 256
x2 = 256
print(x1 is x2)
acc14 = []
for i, x in enumerate("abcdef"):
    if i > 5:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
print(t4.pop(4, None))
r15 = f1(97409, 173)
print(r15)
print(len(acc14))
try:
    print(8 // 0)
except Exception as e:
    print(type(e).__name__, e)
r16 = f1(len(v12), 64)
print(r16)
c17 = make_counter1()
print(c17(), c17(1), c17())
v18 = {}
print(sys.getrefcount(acc14))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
v8 = {i: i * i for i in range(4)}
alias19 = acc14
print(alias19 is acc14, id(alias19) == id(acc14))
print(gc.collect())
acc14.insert(-1, 36)
print(gc.collect())
