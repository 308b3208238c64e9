# gen.py 36 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    for i in range(4):
        acc.append(i)
    return acc
def g1(n):
    for i in range(n):
        yield i * 2
print(list(g1(6)))
v1 = {"k0": 80000000000000000000000000000536, "k1": "snake_case", "k2": 1655571313, "k3": "UPPER"}
print(sys.getrefcount(v1))
print(type(v1).__name__)
print(sum(x * x for x in range(23)))
v2 = [27, 57112, 64330, 1089674030, 227, 176, 87, 237, len(v1)]
x1 = "abc"
x2 = "abc"
print(x1 is x2)
v3 = C1(148)
print(len(v2))
print(len(v1))
r4 = f1(52, 50000000000000000000000000000000000561)
print(r4)
r5 = f1(10648, 248)
print(r5)
print(v2)
acc6 = []
for i in range(11):
    acc6.append([i])
print(len(acc6), acc6[-3:])
v2.append("  pad  ")
v7 = repr(v1)
v8 = ()
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v9 = 100.0
v10 = -8662
print(list(g1(7)))
print(v9)
print(sys.getrefcount(v1))
print(sys.getsizeof(v3))
r11 = f1(36, -v10)
print(r11)
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
alias12 = v8
print(alias12 is v8, id(alias12) == id(v8))
v1.update({"k5": 1})
del v2
v1["k5"] = v10 // 3
print(sys.getsizeof(v9))
print(len(v1))
acc6.insert(-1, v10 * 4)
alias13 = v9
print(alias13 is v9, id(alias13) == id(v9))
v14 = v7.replace("l", "L")
print(gc.collect())
