# gen.py 42 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1=2):
    acc = [p0, p1]
    for i in range(5):
        acc.append(i)
    return acc
v1 = 114
v2 = [76, -v1, v1 // 2]
v2.append("€")
alias3 = v2
print(alias3 is v2, id(alias3) == id(v2))
v4 = (v1 + 143, v1 * 3, "spam eggs", float(v1), v1 / 3, "-".join(str(e) for e in v2))
v2 = [-v1, v1 ** 5]
print(sys.getrefcount(alias3))
v2.extend(range(8))
del v2
v5 = v1 / -8
if alias3:
    alias3[0] = "ü"
def g1(n):
    for i in range(n):
        yield i * 3
v4 = tuple(alias3)
t6 = tuple(alias3)
t7 = id(t6)
del t6
t8 = ("café", v1 * -2, v5 * -2.25, 130, v1 / 7, "café")
print(id(t8) == t7)
print(sys.getsizeof(v1))
v9 = list(range(1))
alias3 = list(range(5))
print(sys.getsizeof(v9))
print(type(t8).__name__)
print(sys.getsizeof(v5))
print(v1)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc10 = []
i = 0
while i < 11:
    if i % 5 == 0:
        acc10.append(i)
    i += 1
print(len(acc10), acc10[-3:])
r11 = f1(v1 + -95705, v1 % 5)
print(r11)
print(sys.getsizeof(t8))
v12 = set()
print(sys.getsizeof(alias3))
alias13 = v1
print(alias13 is v1, id(alias13) == id(v1))
print(list(g1(3)))
print(sys.getsizeof(acc10))
del t8
alias3.extend(range(6))
v14 = {i % 5 for i in range(13)}
print(v1 is v1 + 0, v1 == v1 + 0)
print(v5)
print(gc.collect())
