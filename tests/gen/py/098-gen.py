# gen.py 98 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
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
    return acc
v1 = {i: i * i for i in range(12)}
v2 = {0, 77, 90, 84, 57, 19}
t3 = {}
t4 = id(t3)
del t3
t5 = dict(k0=2000000000000000000000000000000000000000000000000790)
print(id(t5) == t4)
print(type(v2).__name__)
v2.add(44)
print(t5)
print(sys.getsizeof(v1))
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
t5.update({"k0": 8})
print(len(v2))
print(len(t5))
v6 = 0.1
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
acc7 = []
i = 0
while i < 1:
    if i % 4 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
print(t5.pop(0, None))
print(gc.collect())
print(v1.get(3), list(v1.keys())[:3])
v8 = C1(55535)
print(sys.getsizeof(v8))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r9 = f1(800000000000000000000000000000000000000000657, -3310, 19)
print(r9)
v10 = (154, repr(v6), 67506, -61380, 87717, 80667)
print(type(v1).__name__)
v11 = [1000000000000000000000449, 8000000000000000000000000000779, 31, 1.5, "snake_case"]
acc12 = []
for i in range(11):
    acc12.append(i)
print(len(acc12), acc12[-3:])
acc12.extend(range(3))
v13 = bytes(10)
print(v11)
t5["k5"] = "xxx"
print(sys.getsizeof(v11))
print(sys.getsizeof(v11))
alias14 = acc7
print(alias14 is acc7, id(alias14) == id(acc7))
print(len(alias14))
print(16 in v2)
v15 = C2(1000000000000000000000026)
print(sys.getrefcount(v2))
acc16 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc16.append((i, x))
else:
    acc16.append(None)
print(len(acc16), acc16[-3:])
print(len(t5))
print(t5.get("k4"), list(t5.keys())[:3])
print(gc.collect())
