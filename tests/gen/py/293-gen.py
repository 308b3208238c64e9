# gen.py 293 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "tab\t"
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
    acc = tuple(acc)
    return acc
v1 = [[j] * 0 for j in range(5)]
v2 = v1 + [131]
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 5
v3 = "b"
r4 = f1(len(v1), 61627)
print(r4)
v5 = -7122
x1 = ()
x2 = ()
print(x1 is x2)
print(sys.getsizeof(v5))
v1.append(v5 * 7)
print(list(g1(7)))
v6 = v2 + [v5 + 5000000000000000000385]
it7 = g1(5)
print(type(it7).__name__)
print(sys.getsizeof(it7))
for v in it7:
    print(v)
print(len(v3))
o8 = C2(v5 % 2)
o9 = C2(v5 // 2)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
print(v2)
print(sys.getrefcount(v6))
print(type(v1).__name__)
v10 = C1(v5 ** 4)
t11 = tuple(v2)
t12 = id(t11)
del t11
t13 = (f"<{v5}>", "spam eggs", v3 + "hello", v3 + "UPPER", v5 + 179, repr(v5))
print(id(t13) == t12)
r14 = f1(v5 // -4, v5 // 2)
print(r14)
del v1[:3]
v5 = 2946
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
print(len(v3))
print(v2)
v15 = ()
print(sys.getsizeof(v1))
r16 = f1(v5 ** 4, 16)
print(r16)
del v10
v17 = v6 + [v5 // -4]
print(v1)
v2.extend(range(9))
v18 = {40, 5, 74, 69, 45, 57}
print(sys.getsizeof(v3))
v2.append(v5 + 100000000000000000000000000000000000000658)
del v15
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
