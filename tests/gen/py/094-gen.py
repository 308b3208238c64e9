# gen.py 94 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1=0):
    acc = [p0, p1]
    return acc
v1 = ("UPPER", -59828, 61320, "abc123", "b", "a")
v2 = ()
v3 = []
print(gc.is_tracked(v3))
del v3
print(v2)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 5
o4 = C1(61)
o5 = C1(13)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
o6 = C1(112)
o7 = C1(254)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
print(sys.getsizeof(o6))
it8 = g1(4)
print(type(it8).__name__)
print(sys.getsizeof(it8))
for v in it8:
    print(v)
v9 = C1(66523)
v10 = []
v11 = v10 + [40000000000000000448]
v10.append(-32411)
v12 = 24
v13 = C1(-84261)
v14 = ""
v15 = 1e10
del v13
del v11[:0]
r16 = f1(v12 % 2, len(v14))
print(r16)
v17 = [v12 ** 4, len(v10), v12 // 3, v12 % 97]
del v10
print(list(g1(3)))
v18 = {14, 35, 9}
v19 = [v12 ** 5, v12 ** 2, v12 * 7, v12 ** 5]
print(v12 is v12 + 0, v12 == v12 + 0)
v20 = C1(v12 * -2)
v2 = (7076, v12 % 97, v12 ** 3, "tab\t", v15 * 3.141592653589793)
print(v20.a, v20.total())
print(type(v15).__name__)
x1 = -6
x2 = -6
print(x1 is x2)
v11.append("-".join(str(e) for e in v17))
print(sys.getsizeof(v2))
del v11[:2]
if v11:
    v11[0] = str(v15)
print(sys.getrefcount(o6))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
