# gen.py 259 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
v1 = 11106
v2 = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
print(sys.getsizeof(v1))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v3 = set()
alias4 = v1
print(alias4 is v1, id(alias4) == id(v1))
print(gc.is_tracked(v2))
v3.discard(32)
v5 = {}
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del v2
c6 = make_counter1()
print(c6(), c6(7), c6())
def g1(n):
    for i in range(n):
        yield i * 1
r7 = f1(alias4 ** 2, alias4 ** 2, len(v5))
print(r7)
v8 = "line\n"
print(sys.getsizeof(alias4))
print(v5.get(6), list(v5.keys())[:3])
print(sum(x * x for x in range(23)))
v9 = v3 ^ v3
v10 = C1(16864)
t11 = {21: v1 // 3, 8: alias4 % 2}
t12 = id(t11)
del t11
t13 = {"k0": len(v8), "k1": f"<{v1}>", "k2": 70}
print(id(t13) == t12)
print(len(v9))
print(sys.getsizeof(v5))
acc14 = []
for i in range(12):
    acc14.append([i])
print(len(acc14), acc14[-3:])
acc14.extend(range(8))
print(14 in v3)
print(type(v8).__name__)
v15 = {16, 12, 24, 8, 61, 30, 64, 68}
print(gc.is_tracked(t13))
def make_counter3():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v15))
v16 = b""
v9.discard(37)
v17 = float(v1)
c18 = make_counter2()
print(c18(), c18(1), c18())
del v17
if 3 in t13:
    del t13[3]
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
