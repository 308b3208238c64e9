# gen.py 29 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1=0):
    acc = [p0, p1]
    for i in range(0):
        acc.append(i)
    return acc
r1 = f1(249, 1802240718)
print(r1)
r2 = f1(53742, -39365)
print(r2)
t3 = 1e10
t4 = id(t3)
del t3
t5 = 0.1
print(id(t5) == t4)
v6 = 2.5e-3
acc7 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
print(sys.getrefcount(acc7))
v8 = {85: len(acc7), -9: 72155, 203: 1500, 0: len(acc7), -17: 14, 243: 84}
acc7.append(65776)
acc7 = acc7 + [98]
del acc7[:0]
o9 = C1(len(v8))
o10 = C1(-7528)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
print(sys.getrefcount(v8))
v11 = set(range(12))
v12 = dict(k0=2022343339)
alias13 = acc7
print(alias13 is acc7, id(alias13) == id(acc7))
print(v8)
r14 = f1(300000000000000000000000000000000000000000000000000000000524, 85)
print(r14)
v15 = b"zzzzzzzzzzzzzzzzzzzzzz"
r16 = f1(149, 28954)
print(r16)
print(sys.getrefcount(acc7))
print(sys.getsizeof(v6))
v11.add(9)
print(v8.pop(3, None))
print(len(v12))
if "k1" in v12:
    del v12["k1"]
print(sys.getsizeof(v6))
v17 = 1e10
print(2 in v11)
print(sys.getsizeof(v6))
acc18 = []
for i in range(11):
    acc18.append({i: i})
print(len(acc18), acc18[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v11.add(39)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v8.update({"k6": 8})
v19 = v15[1:]
acc20 = []
for i in range(22):
    acc20.append(str(i))
print(len(acc20), acc20[-3:])
print(v12.get("k4"), list(v12.keys())[:3])
print(gc.collect())
