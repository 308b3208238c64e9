# gen.py 36 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v3 = b""
if "k2" in v1:
    del v1["k2"]
print(sys.getsizeof(v2))
v4 = "abc123"
v5 = v4 * 0
del v2
print(v1.get(2), list(v1.keys())[:3])
v1[9] = "tab\t"
x1 = 1000
x2 = 1000
print(x1 is x2)
v6 = C2(54)
del v6
alias7 = v1
print(alias7 is v1, id(alias7) == id(v1))
acc8 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
print(v5)
print(gc.is_tracked(acc8))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc9 = []
for i in range(22):
    acc9.append({i: i})
print(len(acc9), acc9[-3:])
print(sys.getrefcount(v1))
print(sys.getsizeof(v3))
r10 = f1(len(acc8), 256)
print(r10)
acc11 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc11.append((i, x))
else:
    acc11.append(None)
print(len(acc11), acc11[-3:])
alias12 = acc8
print(alias12 is acc8, id(alias12) == id(acc8))
alias7.update({"k5": 1})
del v3
alias7["k5"] = 155
print(sys.getsizeof(acc9))
print(gc.collect())
