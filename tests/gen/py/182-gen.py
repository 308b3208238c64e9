# gen.py 182 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "snake_case"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1=8):
    acc = [p0, p1]
    return acc
try:
    print(2 // 0)
except Exception as e:
    print(type(e).__name__, e)
v1 = 76
alias2 = v1
print(alias2 is v1, id(alias2) == id(v1))
print(alias2 is alias2 + 0, alias2 == alias2 + 0)
def g1(n):
    for i in range(n):
        yield i * 5
print(sys.getsizeof(alias2))
print(sys.getsizeof(v1))
v3 = {i % 3 for i in range(13)}
del v3
v4 = (0.1, str(v1), 6)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
alias5 = v1
print(alias5 is v1, id(alias5) == id(v1))
v6 = 330113249
v7 = [v6 ** 2, alias5 ** 2, v6 + -23455, len(v4), v6 % 97]
v8 = float(alias2)
v9 = C1(alias5 * 1)
v10 = v8 * 0.0
print(sys.getsizeof(alias5))
print(len(v4))
v10 = 0.0
print(type(v10).__name__)
t11 = [alias5 ** 4, v1 // -4, 667971820, -alias5]
t12 = id(t11)
del t11
t13 = list(range(5))
print(id(t13) == t12)
print(sys.getsizeof(v10))
v7 = [v6 ** 4, alias2 ** 4, alias2 % 2, len(v4), alias5 * 4, v6 * -3, 1809600827]
v7.reverse()
v14 = "ü"
v15 = b"zzzzzzzzz"
print(type(alias5).__name__)
print(sys.getsizeof(v4))
v16 = [v1 // 3, v6 * -3, v1 + 125]
x1 = 2.5
x2 = 2.5
print(x1 is x2)
del v7
v16.reverse()
c17 = make_counter1()
print(c17(), c17(5), c17())
x1 = 256
x2 = 256
print(x1 is x2)
if t13:
    t13[0] = repr(v1)
print(gc.collect())
