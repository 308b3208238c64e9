# gen.py 115 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
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
v1 = C1(3000000000000000000000000042)
print(gc.is_tracked(v1))
print(type(v1).__name__)
t2 = 100.0
t3 = id(t2)
del t2
t4 = 1e10
print(id(t4) == t3)
o5 = C1(48713)
o6 = C1(-24516)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
print(gc.is_tracked(t4))
def g1(n):
    for i in range(n):
        yield i * 2
o7 = C2(72954)
o8 = C2(209)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
v9 = 143
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(o5))
print(o8.a, o8.total())
t10 = "line\n"
t11 = id(t10)
del t10
t12 = "UPPER"
print(id(t12) == t11)
print(v9 is v9 + 0, v9 == v9 + 0)
x1 = -6
x2 = -6
print(x1 is x2)
v9 = v9 * 5
alias13 = o5
print(alias13 is o5, id(alias13) == id(o5))
v14 = {i % 4 for i in range(29)}
print(sys.getsizeof(v1))
v15 = C1(v9 * 1)
print(gc.collect())
v16 = {i: i * i for i in range(6)}
print(type(t4).__name__)
print(v16.pop("k2", None))
print(v16.get("k2"), list(v16.keys())[:3])
v17 = str(v9)
print(sys.getsizeof(v9))
v14.discard(19)
alias18 = o7
print(alias18 is o7, id(alias18) == id(o7))
v16[3] = v9 ** 5
acc19 = []
i = 0
while i < 7:
    if i % 3 == 0:
        acc19.append(i)
    i += 1
print(len(acc19), acc19[-3:])
o20 = C1(len(acc19))
o21 = C1(-79359)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
v22 = t12.replace("l", "L")
acc19 = list(range(9))
x1 = -6
x2 = -6
print(x1 is x2)
print(list(g1(7)))
print(gc.collect())
