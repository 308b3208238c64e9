# gen.py 240 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1=8):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
v1 = {i: i * i for i in range(3)}
if "k6" in v1:
    del v1["k6"]
t2 = "UPPER"
t3 = id(t2)
del t2
t4 = "abc123"
print(id(t4) == t3)
v5 = 100.0
print(v1)
def g1(n):
    for i in range(n):
        yield i * 2
print(gc.collect())
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
acc6 = []
for i in range(2):
    acc6.append({i: i})
print(len(acc6), acc6[-3:])
del t4
print(v1.get("k3"), list(v1.keys())[:3])
print(sys.getsizeof(v5))
v7 = C1(36951)
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
acc8 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
v1 = {i: i * i for i in range(6)}
acc6.append(60000000000000000000000000000000000000000417)
print(len(acc8))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(len(acc6))
del acc6
print(v5)
print(sum(x * x for x in range(10)))
del v7
v9 = C1(10061)
v10 = "line\n"
print(len(gc.get_referents(v1)))
v11 = -94390
v12 = C1(v11 % 97)
v5 = float(v11)
v13 = bytes(14)
try:
    print(9 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v14 = v13[1:]
del acc8
print(sys.getsizeof(v9))
v15 = v14 + b"x"
if "k6" in v1:
    del v1["k6"]
v1.update({3: 0})
print(gc.collect())
