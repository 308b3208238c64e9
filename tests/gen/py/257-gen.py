# gen.py 257 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "line\n"
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
def f1():
    acc = []
    return acc
o1 = C1(-94360)
o2 = C1(8)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = C1(192)
v4 = C1(200000000000000000000000129)
v5 = ()
print(sys.getrefcount(v4))
v6 = []
v7 = list(range(6))
print(v5)
def g1(n):
    for i in range(n):
        yield i * 4
print(sys.getsizeof(v4))
v8 = {238: 8000000000000000000000000000000000000000000000000000000762, 93: -10987, 74: len(v5), 225: len(v5), 230: 41, 259: 32}
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v9 = "tab\t"
v3 = C1(147)
try:
    print(4 // 0)
except Exception as e:
    print(type(e).__name__, e)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(list(g1(6)))
alias10 = v9
print(alias10 is v9, id(alias10) == id(v9))
v11 = C2(993433977)
v12 = [207, 600000000000000000000000000000000000000000000000000000128, len(alias10), 594460695, 85, 3880]
v6.append("€")
r13 = f1()
print(r13)
v14 = 50000000000000000000000291
v15 = [v14 * 6, v14 % 2, v14 % 2]
v16 = 1.5
v16 = v14 / 3
print(sum(x * x for x in range(0)))
c17 = make_counter1()
print(c17(), c17(6), c17())
v18 = alias10[3:7]
print(sys.getrefcount(v11))
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
v19 = -v14
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(sum(g1(3)), max(g1(2), default=-1))
print(sys.getsizeof(v4))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v20 = tuple(v6)
try:
    print(4 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v16))
print(gc.collect())
