# gen.py 77 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "spam eggs"
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
v1 = 249
print(type(v1).__name__)
v2 = {i: i * i for i in range(1)}
print(type(v2).__name__)
print(v1)
v3 = [v1 * 0, v1 * -2, v1 * 5, len(v2), -v1, v1 ** 3, 97007, v1 + 21, v1 + -99892]
print(v1 is v1 + 0, v1 == v1 + 0)
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
v4 = (f"<{v1}>", -2.25)
v5 = v1 * 7
v6 = {i % 2 for i in range(28)}
print(type(v3).__name__)
v7 = "tab\t"
del v7
print(v5)
del v6
print(sys.getsizeof(v5))
print(type(v4).__name__)
v8 = C1(v1 + -1)
v9 = [len(v3)]
print(v5 is v5 + 0, v5 == v5 + 0)
print(gc.is_tracked(v3))
v10 = dict(k0=700000000000000000000000000000000000000000000000547, k1=len(v9))
x1 = "abc"
x2 = "abc"
print(x1 is x2)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v11 = "line\n"
print(gc.collect())
alias12 = v2
print(alias12 is v2, id(alias12) == id(v2))
def g1(n):
    for i in range(n):
        yield i * 2
print(sys.getrefcount(v3))
v2.update({9: 1})
try:
    print(2 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
r13 = f1(248, 215, v1 * -3)
print(r13)
v3.append("a")
print(v1 is v1 + 0, v1 == v1 + 0)
print(type(v10).__name__)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(sys.getsizeof(v4))
print(gc.collect())
