# gen.py 192 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v10 = b"zzzzzzzzzzzzzzzzzzzzzz"
print(v8.get("k2"), list(v8.keys())[:3])
if "k6" in v8:
    del v8["k6"]
o11 = C2(900000000000000000000000000000000645)
o12 = C2(2000000000000000000000000000402)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
print(v10)
r13 = f1(64, 50)
print(r13)
t4.update({"k2": 6})
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v14 = set(range(6))
r15 = f1(214, 40000000000000000000000000000000000000177)
print(r15)
print(sys.getsizeof(v8))
v16 = v10[1:]
print(t4.pop(12, None))
r17 = f1(25, 34688)
print(r17)
print(sys.getsizeof(v16))
print(sum(x * x for x in range(18)))
v18 = f"<{t7}>"
v19 = {201: -65085}
del v19
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc20 = []
i = 0
while i < 5:
    if i % 5 == 0:
        acc20.append(i)
    i += 1
print(len(acc20), acc20[-3:])
try:
    print(5 // 0)
except Exception as e:
    print(type(e).__name__, e)
v21 = 1.5
r22 = f1(-81969, 85465)
print(r22)
acc23 = []
i = 0
while i < 21:
    if i % 5 == 0:
        acc23.append(i)
    i += 1
print(len(acc23), acc23[-3:])
acc24 = []
for i in range(8):
    acc24.append(str(i))
print(len(acc24), acc24[-3:])
v25 = {69}
print(gc.collect())
